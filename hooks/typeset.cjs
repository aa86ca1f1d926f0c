// MathJax as a build step: hooks/math.py starts this once per build and
// talks to it in JSON lines on stdin/stdout, one request per line, one
// answer per line, in order. A page's formulas, and its texts, go in one
// request: one round trip per page, not per formula.
//
//   {"op": "config"}              -> {"version", "settings", "css"}
//   {"op": "tex", "formulas": [{"tex", "display"}]}
//                                 -> {"results": [{"html", "glyphs"} | {"error"}]}
//   {"op": "find", "texts": [text]}
//                                 -> {"pieces": [[text | {tex, display}]]}
//
// "find" runs MathJax's own delimiter finder (the one the browser used to
// run) over each text node of a notebook Markdown cell, so $...$ there is
// found exactly as MathJax would find it.
"use strict";

const readline = require("node:readline");
const { mathjax } = require("mathjax-full/js/mathjax.js");
const { TeX } = require("mathjax-full/js/input/tex.js");
const { FindTeX } = require("mathjax-full/js/input/tex/FindTeX.js");
const { SVG } = require("mathjax-full/js/output/svg.js");
const { liteAdaptor } = require("mathjax-full/js/adaptors/liteAdaptor.js");
const { RegisterHTMLHandler } = require("mathjax-full/js/handlers/html.js");
const { AssistiveMmlHandler } = require("mathjax-full/js/a11y/assistive-mml.js");
const { AllPackages } = require("mathjax-full/js/input/tex/AllPackages.js");
const { VERSION } = require("mathjax-full/js/components/version.js");

// Everything that changes the output: hooks/math.py keys its cache on it.
const SETTINGS = {
  packages: AllPackages.filter((name) => name !== "bussproofs").sort(),
  // Glyph paths come out in each formula's <defs>, which typeset() moves to
  // one set per page.
  fontCache: "local",
  // Metrics of the text around the math (Material's 0.8rem body text),
  // used for ex-based sizes; the SVG scales with the font anyway.
  em: 16,
  ex: 8,
  containerWidth: 80 * 16,
};
const DELIMITERS = {
  inlineMath: [["\\(", "\\)"], ["$", "$"]],
  displayMath: [["\\[", "\\]"], ["$$", "$$"]],
  processEscapes: true,
  processEnvironments: true,
};

const adaptor = liteAdaptor();
AssistiveMmlHandler(RegisterHTMLHandler(adaptor));
const tex = new TeX({
  packages: SETTINGS.packages,
  ...DELIMITERS,
  // A TeX error must fail the build, not become red text on a page.
  formatError(jax, error) {
    throw error;
  },
});
const svg = new SVG({ fontCache: SETTINGS.fontCache });
const html = mathjax.document("", { InputJax: tex, OutputJax: svg });
const finder = new FindTeX(DELIMITERS);

// Strip what only MathJax's in-browser tools read (its explorer and menu).
const UNUSED_ATTRIBUTES = ["data-mml-node", "data-c", "data-mjx-texclass"];

function stripAttributes(node) {
  if (adaptor.kind(node) === "#text") return;
  for (const name of UNUSED_ATTRIBUTES) adaptor.removeAttribute(node, name);
  for (const child of adaptor.childNodes(node)) stripAttributes(child);
}

function typeset(source, display) {
  // \require, \newcommand and friends must not leak between formulas:
  // each one is typeset as if it were alone, as its cache entry assumes.
  tex.parseOptions.tags.reset();
  const node = html.convert(source, {
    display,
    em: SETTINGS.em,
    ex: SETTINGS.ex,
    containerWidth: SETTINGS.containerWidth,
  });
  // A glyph's path depends only on its font and character, which its id
  // names: the page defines each glyph once, in one hidden <svg>, and every
  // formula refers to it (MathJax's "global" font cache, done per page).
  const glyphs = {};
  for (const defs of adaptor.tags(node, "defs")) {
    for (const path of adaptor.childNodes(defs)) {
      const id = adaptor.getAttribute(path, "id").replace(/^MJX-\d+-/, "MJX-");
      glyphs[id] = adaptor.getAttribute(path, "d");
    }
    adaptor.remove(defs);
  }
  for (const use of adaptor.tags(node, "use")) {
    const href = adaptor.getAttribute(use, "xlink:href");
    adaptor.setAttribute(use, "xlink:href", href.replace(/^#MJX-\d+-/, "#MJX-"));
  }
  stripAttributes(node);
  return { html: adaptor.outerHTML(node), glyphs };
}

function find(text) {
  const pieces = [];
  let at = 0;
  for (const item of finder.findMath([text])) {
    if (item.start.n > at) pieces.push(text.slice(at, item.start.n));
    // processEscapes: \$ is found as "math" with no display mode, and
    // means a literal dollar sign.
    pieces.push(
      item.display === null ? item.math : { tex: item.math, display: item.display },
    );
    at = item.end.n;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return pieces;
}

function answer(request) {
  switch (request.op) {
    case "config":
      return {
        version: VERSION,
        settings: { ...SETTINGS, output: "svg", assistiveMml: true },
        css: adaptor.textContent(svg.styleSheet(html)),
      };
    case "tex":
      return {
        results: request.formulas.map((formula) => {
          try {
            return typeset(formula.tex, formula.display);
          } catch (error) {
            return { error: error.message };
          }
        }),
      };
    case "find":
      return { pieces: request.texts.map(find) };
    default:
      return { error: `unknown request ${JSON.stringify(request.op)}` };
  }
}

const lines = readline.createInterface({ input: process.stdin });
lines.on("line", (line) => {
  process.stdout.write(JSON.stringify(answer(JSON.parse(line))) + "\n");
});

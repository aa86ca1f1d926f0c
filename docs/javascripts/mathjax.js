// MathJax settings for pymdownx.arithmatex (generic mode). MathJax itself is
// served from assets/mathjax, never from a CDN.
window.MathJax = {
  tex: {
    // $ and $$ are how notebook Markdown cells write math (nbconvert leaves
    // them as written); elsewhere only arithmatex output is looked at.
    inlineMath: [["\\(", "\\)"], ["$", "$"]],
    displayMath: [["\\[", "\\]"], ["$$", "$$"]],
    processEscapes: true,
    processEnvironments: true,
  },
  options: {
    // Typeset only what arithmatex marked as math, plus notebook Markdown
    // cells, which nbconvert renders without arithmatex (mkdocs-jupyter
    // issue #227). An element with a class is skipped, with everything in
    // it, unless the class is one of these; unlike Material's ".*|",
    // "[^ ]+" lets the class-less <p> and <li> inside a notebook cell
    // through (and task-list-item, the one classed <li> nbconvert writes).
    // Every page's content sits in classed containers, so nothing else is
    // typeset.
    ignoreHtmlClass: "[^ ]+",
    processHtmlClass: "arithmatex|jp-RenderedMarkdown|task-list-item",
  },
  startup: {
    // Note when the first typesetting finished (milliseconds since the page
    // started loading): the browser tests report it as each page's math time.
    pageReady() {
      return MathJax.startup.defaultPageReady().then(() => {
        document.documentElement.dataset.mathTypesetMs = String(
          Math.round(performance.now()),
        );
      });
    },
  },
};

// Instant navigation swaps the page without reloading: typeset each new one.
document$.subscribe(() => {
  if (!window.MathJax.typesetPromise) return; // first load: MathJax typesets itself
  MathJax.startup.output.clearCache();
  MathJax.typesetClear();
  MathJax.texReset();
  MathJax.typesetPromise();
});

// MathJax settings for pymdownx.arithmatex (generic mode). MathJax itself is
// served from assets/mathjax, never from a CDN.
window.MathJax = {
  tex: {
    inlineMath: [["\\(", "\\)"]],
    displayMath: [["\\[", "\\]"]],
    processEscapes: true,
    processEnvironments: true,
  },
  options: {
    // Typeset only what arithmatex marked as math.
    ignoreHtmlClass: ".*|",
    processHtmlClass: "arithmatex",
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

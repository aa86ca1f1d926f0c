// Material draws a code annotation's number with CSS, so the link it adds
// for each annotation has no text a screen reader can announce (axe:
// link-name). Name each one as it appears: on load, and after instant
// navigation swaps in a page.
function nameAnnotations() {
  for (const link of document.querySelectorAll("a.md-annotation__index:not([aria-label])")) {
    const number = link.querySelector("[data-md-annotation-id]");
    link.setAttribute(
      "aria-label",
      number ? `Annotation ${number.dataset.mdAnnotationId}` : "Annotation",
    );
  }
}
nameAnnotations();
new MutationObserver(nameAnnotations).observe(document.body, {
  childList: true,
  subtree: true,
});

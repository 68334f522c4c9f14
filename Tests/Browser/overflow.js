// Injected into a copy of a report by check.sh (the reports themselves have no scripts):
// records every HTML box whose content is wider than the box, every chart label that runs
// out of its chart, and a page wider than the window, in the body's data-overflow
// attribute, which `chromium --dump-dom` then prints.
const overflowing = [];
for (const text of document.querySelectorAll("svg text")) {
  const svg = text.ownerSVGElement, box = text.getBBox();
  const view = svg.viewBox.baseVal, width = view && view.width ? view.width : svg.clientWidth;
  const height = view && view.height ? view.height : svg.clientHeight;
  if (box.x < -1 || box.y < -1 || box.x + box.width > width + 1 || box.y + box.height > height + 1) {
    overflowing.push(`chart label "${text.textContent.trim().slice(0, 40)}" outside its ${width}×${height} chart`);
  }
}
for (const element of document.body.querySelectorAll("*")) {
  if (element instanceof SVGElement && element.tagName.toLowerCase() !== "svg") continue;
  const style = getComputedStyle(element);
  if (style.display === "inline" || element.clientWidth === 0) continue;
  if (style.overflowX === "auto" || style.overflowX === "scroll") continue;
  if (element.scrollWidth > element.clientWidth + 1) {
    const text = (element.textContent || "").trim().slice(0, 40);
    overflowing.push(`${element.tagName.toLowerCase()} "${text}": ${element.scrollWidth}px in ${element.clientWidth}px`);
  }
}
if (document.documentElement.scrollWidth > window.innerWidth + 1) {
  overflowing.push(`page: ${document.documentElement.scrollWidth}px in a ${window.innerWidth}px window`);
}
document.body.setAttribute("data-overflow", JSON.stringify(overflowing));

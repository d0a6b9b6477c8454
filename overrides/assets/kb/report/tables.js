/* 培训师看板: small DOM builders for its sections and tables (text only: never innerHTML). */

import { element } from "../dom.js";

/** A cell's content: a string becomes text, a node is placed as it is. */
function fill(cell, content) {
  if (content instanceof Node) cell.appendChild(content);
  else cell.textContent = content;
  return cell;
}

/** A table with a caption, column headers and rows of cells (strings or nodes), scrollable on a
 * phone; a `wide` one keeps readable columns and scrolls sideways on any screen. */
export function table(caption, headers, rows, wide = false) {
  // Wide tables scroll sideways: the scrolling box is focusable and named (WCAG 2.1.1).
  const wrapper = element("div", "kb-report-table" + (wide ? " kb-report-table--wide" : ""));
  wrapper.setAttribute("role", "region");
  wrapper.setAttribute("aria-label", caption);
  wrapper.tabIndex = 0;
  const node = element("table");
  node.appendChild(element("caption", "", caption));
  const head = element("tr");
  headers.forEach((header) => {
    const cell = element("th", "", header);
    cell.setAttribute("scope", "col");
    head.appendChild(cell);
  });
  node.appendChild(element("thead")).appendChild(head);
  const body = node.appendChild(element("tbody"));
  for (const cells of rows) {
    const row = body.appendChild(element("tr"));
    cells.forEach((content, index) => {
      const cell = fill(element(index === 0 ? "th" : "td"), content);
      if (index === 0) cell.setAttribute("scope", "row");
      row.appendChild(cell);
    });
  }
  wrapper.appendChild(node);
  return wrapper;
}

/** A report section: a heading with a stable id, a line saying what it shows, then `parts`. */
export function section(id, heading, intro, parts) {
  const node = element("section", "kb-report-section");
  const title = element("h2", "", heading);
  title.id = id;
  node.appendChild(title);
  if (intro) node.appendChild(element("p", "", intro));
  parts.filter(Boolean).forEach((part) => node.appendChild(part));
  return node;
}

/** A link (same site: the hrefs come from the build). */
export function link(href, text) {
  const node = element("a", "", text);
  node.href = href;
  return node;
}

/** A list of text (or node) entries. */
export function list(entries, className = "") {
  const node = element("ul", className);
  entries.forEach((entry) => fill(node.appendChild(element("li")), entry));
  return node;
}

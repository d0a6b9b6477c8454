/* Small DOM helpers shared by the mount modules and views. Stored strings are compared in
 * JavaScript, never put into a selector. */

import { localDay } from "./schedule.js";

export function all(root, selector) {
  return Array.from(root.querySelectorAll(selector));
}

/** The first element matching `selector` whose attribute `name` equals `value` exactly. */
export function byAttribute(root, selector, name, value) {
  return all(root, selector).find((element) => element.getAttribute(name) === value) || null;
}

/** Fisher–Yates shuffle of `element`'s children (in place, in the DOM). */
export function shuffleChildren(container, random = Math.random) {
  if (!container) return;
  const children = Array.from(container.children);
  for (let i = children.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [children[i], children[j]] = [children[j], children[i]];
  }
  children.forEach((child) => container.appendChild(child));
}

export function quoted(text) {
  return "“" + text + "”";
}

/** "第 2、4 位" from the zero-based indexes of the false parts. */
export function wrongPositions(parts) {
  return parts.map((right, index) => (right ? null : index + 1)).filter((n) => n !== null).join("、");
}

export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Offers `text` as a download named `name` (JSON unless `type` says otherwise). */
export function download(name, text, type = "application/json") {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** A timestamp as YYYY-MM-DD in the learner's time zone, or "" when it is not a date. */
export function formatDate(value) {
  return Number.isNaN(new Date(value).getTime()) ? "" : localDay(value);
}

export function today() {
  return formatDate(Date.now());
}

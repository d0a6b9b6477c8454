/* Ordering items in the DOM: an ordered list of entries (`[data-kb-order-entry=KEY]`), each with
 * 上移/下移 buttons. Keyboard first: a move keeps focus on the button that was pressed. */

import { all, byAttribute, quoted, shuffleChildren, wrongPositions } from "../dom.js";

export const emptyPrompt = "请先调整顺序：用“上移”“下移”按钮排好，再提交。";

/** The right order is the question: the page must never show it. */
export const alwaysShuffled = true;

function list(item) {
  return item.querySelector("[data-kb-order-list]");
}

function entries(item) {
  return all(item, "[data-kb-order-entry]");
}

function entryKey(entry) {
  return entry.getAttribute("data-kb-order-entry");
}

function entryText(item, key) {
  const entry = byAttribute(item, "[data-kb-order-entry]", "data-kb-order-entry", key);
  const text = entry && entry.querySelector(".kb-order__text");
  return text ? text.textContent.trim() : key;
}

/** The order on screen, once the learner has moved something (an untouched list is no answer). */
export function readAnswer(item) {
  return item.hasAttribute("data-kb-touched") ? entries(item).map(entryKey) : [];
}

export function isAnswered(answer) {
  return answer.length > 0;
}

/** A stored order counts only if it is exactly a reordering of this item's entries. */
export function fit(item, answer) {
  const keys = entries(item).map(entryKey);
  const same = answer.length === keys.length && keys.every((key) => answer.includes(key));
  return same ? answer.slice() : [];
}

function arrange(item, order) {
  const container = list(item);
  order.forEach((key) => {
    const entry = byAttribute(item, "[data-kb-order-entry]", "data-kb-order-entry", key);
    if (entry) container.appendChild(entry);
  });
}

export function putAnswer(item, answer) {
  if (!answer.length) return;
  arrange(item, answer);
  item.setAttribute("data-kb-touched", "");
}

function setMarks(item, markFor) {
  entries(item).forEach((entry, index) => {
    const mark = markFor(entry, index);
    entry.classList.toggle("is-right", mark === true);
    entry.classList.toggle("is-wrong", typeof mark === "string");
    entry.querySelector("[data-kb-part-mark]").textContent =
      mark === true ? "✓ 位置正确" : typeof mark === "string" ? mark : "";
  });
}

function lock(item, locked) {
  all(item, "[data-kb-move]").forEach((button) => { button.disabled = locked; });
}

export function clear(item) {
  item.removeAttribute("data-kb-touched");
  setMarks(item, () => null);
  lock(item, false);
}

/** Shuffles until the order differs from the right one, so there is always something to do. */
export function shuffle(item, random, key) {
  const correctOrder = (key && key.correct) || [];
  for (let attempt = 0; attempt < 10; attempt += 1) {
    shuffleChildren(list(item), random);
    const order = entries(item).map(entryKey);
    if (order.some((entryKeyValue, index) => entryKeyValue !== correctOrder[index])) return;
  }
}

export function showResult(item, answer, key, verdict) {
  if (answer.length) arrange(item, answer);
  const correctOrder = key.correct || [];
  setMarks(item, (entry, index) =>
    verdict.parts[index] ? true : "✗ 应排第 " + (correctOrder.indexOf(entryKey(entry)) + 1) + " 位");
  lock(item, true);
}

export function showKey(item, key) {
  arrange(item, key.correct || []);
  setMarks(item, (entry, index) => "第 " + (index + 1) + " 位");
  entries(item).forEach((entry) => entry.classList.remove("is-wrong"));
  lock(item, true);
}

/**
 * Moves the entry of `button` one place up or down; returns what to announce.
 * Focus stays on the pressed button, which moved with its entry.
 */
export function move(item, button) {
  const entry = button.closest("[data-kb-order-entry]");
  const up = button.getAttribute("data-kb-move") === "up";
  const neighbour = up ? entry.previousElementSibling : entry.nextElementSibling;
  const text = quoted(entryText(item, entryKey(entry)));
  item.setAttribute("data-kb-touched", "");
  if (neighbour) list(item).insertBefore(entry, up ? neighbour : neighbour.nextElementSibling);
  button.focus();
  const position = entries(item).indexOf(entry) + 1;
  if (!neighbour) return text + (up ? "已经在第 1 位" : "已经在最后一位（第 " + position + " 位）");
  return text + "移到第 " + position + " 位";
}

export function answerText(item, answer) {
  return answer.map((key) => quoted(entryText(item, key))).join(" → ");
}

export function keyText(item, key) {
  return "正确顺序：" + answerText(item, key.correct || []) + "。";
}

export function wrongDetail(verdict) {
  const wrong = wrongPositions(verdict.parts);
  return wrong ? "第 " + wrong + " 位放错了。" : "";
}

export function firstControl(item) {
  return item.querySelector("[data-kb-move]");
}

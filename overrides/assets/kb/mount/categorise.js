/* Categorise (归类) items in the DOM: one row per statement (`[data-kb-sort-row]`, the page's
 * order), each with a labelled <select> of the group names (`[data-kb-sort-select]`). Keyboard
 * first: Tab to a statement's select, arrow keys to a group. */

import { all, quoted, wrongPositions } from "../dom.js";

export const emptyPrompt = "请先给每一条说法选好归入哪一组，再提交。";
export const alwaysShuffled = false;

function rows(item) {
  return all(item, "[data-kb-sort-row]");
}

function select(row) {
  return row.querySelector("[data-kb-sort-select]");
}

function statementText(row) {
  const label = row.querySelector("label");
  return label ? label.textContent.trim() : "";
}

function groupName(item, key) {
  const first = item.querySelector("[data-kb-sort-select]");
  const option = first && key ? Array.from(first.options).find((candidate) => candidate.value === key) : null;
  return option ? option.textContent.trim() : "";
}

export function readAnswer(item) {
  return rows(item).map((row) => select(row).value);
}

export function isAnswered(answer) {
  return answer.some((group) => group !== "");
}

/** One group key (or "") per statement; a stored key this item has no group for becomes "". */
export function fit(item, answer) {
  return rows(item).map((row, index) => {
    const value = typeof answer[index] === "string" ? answer[index] : "";
    return value && groupName(item, value) ? value : "";
  });
}

export function putAnswer(item, answer) {
  const fitted = fit(item, answer);
  rows(item).forEach((row, index) => { select(row).value = fitted[index]; });
}

function setMarks(item, markFor) {
  rows(item).forEach((row, index) => {
    const mark = markFor(index);
    row.classList.toggle("is-right", mark === true);
    row.classList.toggle("is-wrong", typeof mark === "string");
    row.querySelector("[data-kb-part-mark]").textContent = mark === true ? "✓ 归类正确" : mark || "";
  });
}

function lock(item, locked) {
  rows(item).forEach((row) => { select(row).disabled = locked; });
}

export function clear(item) {
  rows(item).forEach((row) => { select(row).value = ""; });
  setMarks(item, () => null);
  lock(item, false);
}

export function shuffle() {
  /* The build lists the statements by opaque key, which says nothing of their groups. */
}

/** Each statement marked: right, or the group it belongs to. */
export function showResult(item, answer, key, verdict) {
  putAnswer(item, answer);
  const groups = key.correct || [];
  setMarks(item, (index) => verdict.parts[index] ? true : "✗ 应归入：" + groupName(item, groups[index]));
  lock(item, true);
}

export function showKey(item, key) {
  putAnswer(item, key.correct || []);
  setMarks(item, () => null);
  lock(item, true);
}

export function answerText(item, answer) {
  return rows(item)
    .map((row, index) => quoted(statementText(row)) + " → " + (answer[index] ? groupName(item, answer[index]) : "未选"))
    .join("；");
}

export function keyText(item, key) {
  return "正确归类：" + answerText(item, key.correct || []) + "。";
}

export function wrongDetail(verdict) {
  const wrong = wrongPositions(verdict.parts);
  return wrong ? "第 " + wrong + " 条归错了。" : "";
}

export function firstControl(item) {
  return item.querySelector("[data-kb-sort-select]");
}

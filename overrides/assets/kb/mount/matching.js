/* Matching items in the DOM: one row per left entry (`[data-kb-match-row]`, bank order), each
 * with a labelled <select> of the right entries (`[data-kb-match-select]`). */

import { all, quoted, wrongPositions } from "../dom.js";

export const emptyPrompt = "请先为每一项选好配对，再提交。";
export const alwaysShuffled = false;

function rows(item) {
  return all(item, "[data-kb-match-row]");
}

function select(row) {
  return row.querySelector("[data-kb-match-select]");
}

function leftText(row) {
  const label = row.querySelector(".kb-match__left");
  return label ? label.textContent.trim() : "";
}

function rightText(item, key) {
  const first = item.querySelector("[data-kb-match-select]");
  const option = first ? Array.from(first.options).find((candidate) => candidate.value === key) : null;
  return option ? option.textContent.trim() : key;
}

function hasOption(selectElement, value) {
  return Array.from(selectElement.options).some((option) => option.value === value);
}

/** Writes the chosen entry in full under the row's select (D7: a closed select on a phone shows
 * only its first dozen characters); empty while nothing is chosen. */
function showChosen(row) {
  const chosen = row.querySelector("[data-kb-match-chosen]");
  const option = select(row).selectedOptions[0];
  if (chosen) chosen.textContent = option && option.value ? "已选：" + option.textContent.trim() : "";
}

function onSelectChange(event) {
  const row = event.target instanceof Element ? event.target.closest("[data-kb-match-row]") : null;
  if (row && event.target.matches("[data-kb-match-select]")) showChosen(row);
}

// Once, when the module loads; putAnswer and clear below cover changes made by the script.
if (typeof document !== "undefined") document.addEventListener("change", onSelectChange);

export function readAnswer(item) {
  return rows(item).map((row) => select(row).value);
}

export function isAnswered(answer) {
  return answer.some((right) => right !== "");
}

/** One right key (or "") per row; a stored key the item does not have becomes "". */
export function fit(item, answer) {
  return rows(item).map((row, index) => {
    const value = typeof answer[index] === "string" ? answer[index] : "";
    return value && hasOption(select(row), value) ? value : "";
  });
}

export function putAnswer(item, answer) {
  const fitted = fit(item, answer);
  rows(item).forEach((row, index) => {
    select(row).value = fitted[index];
    showChosen(row);
  });
}

function setMarks(item, markFor) {
  rows(item).forEach((row, index) => {
    const mark = markFor(row, index);
    row.classList.toggle("is-right", mark === true);
    row.classList.toggle("is-wrong", typeof mark === "string");
    row.querySelector("[data-kb-part-mark]").textContent = mark === true ? "✓ 配对正确" : mark || "";
  });
}

export function clear(item) {
  rows(item).forEach((row) => {
    select(row).value = "";
    select(row).disabled = false;
    showChosen(row);
  });
  setMarks(item, () => null);
}

export function shuffle() {
  /* The right entries are listed by opaque key, which says nothing about the pairs. */
}

export function showResult(item, answer, key, verdict) {
  putAnswer(item, answer);
  const correctRights = key.correct || [];
  setMarks(item, (row, index) =>
    verdict.parts[index] ? true : "✗ 应配：" + rightText(item, correctRights[index]));
  rows(item).forEach((row) => { select(row).disabled = true; });
}

export function showKey(item, key) {
  putAnswer(item, key.correct || []);
  setMarks(item, () => null);
  rows(item).forEach((row) => { select(row).disabled = true; });
}

export function answerText(item, answer) {
  return rows(item)
    .map((row, index) => leftText(row) + " → " + (answer[index] ? quoted(rightText(item, answer[index])) : "未选"))
    .join("；");
}

export function keyText(item, key) {
  return "正确配对：" + answerText(item, key.correct || []) + "。";
}

export function wrongDetail(verdict) {
  const wrong = wrongPositions(verdict.parts);
  return wrong ? "第 " + wrong + " 对配错了。" : "";
}

export function firstControl(item) {
  return item.querySelector("[data-kb-match-select]");
}

/* Fill-in items in the DOM: text inputs (`[data-kb-blank=N]`) inside the sentence; the accepted
 * answers are in the feedback box (`[data-kb-accepted]`), shown after checking. */

import { all, quoted, wrongPositions } from "../dom.js";
import { MAX_ANSWER_LENGTH } from "../progress/quiz-format.js";

export const emptyPrompt = "请先填空，再提交。";
export const alwaysShuffled = false;

function blanks(item) {
  return all(item, "[data-kb-blank]");
}

export function readAnswer(item) {
  return blanks(item).map((input) => input.value.trim().slice(0, MAX_ANSWER_LENGTH));
}

export function isAnswered(answer) {
  return answer.some((text) => text !== "");
}

/** One string per blank. */
export function fit(item, answer) {
  return blanks(item).map((input, index) => (typeof answer[index] === "string" ? answer[index] : ""));
}

export function putAnswer(item, answer) {
  const fitted = fit(item, answer);
  blanks(item).forEach((input, index) => { input.value = fitted[index]; });
}

function setMarks(item, markFor) {
  blanks(item).forEach((input, index) => {
    const mark = markFor(index);
    input.classList.toggle("is-right", mark === true);
    input.classList.toggle("is-wrong", mark === false);
    const markElement = input.nextElementSibling && input.nextElementSibling.matches("[data-kb-part-mark]")
      ? input.nextElementSibling : null;
    if (markElement) markElement.textContent = mark === true ? "✓" : mark === false ? "✗ 填错了" : "";
  });
}

export function clear(item) {
  blanks(item).forEach((input) => {
    input.value = "";
    input.readOnly = false;
  });
  setMarks(item, () => null);
}

export function shuffle() {
  /* Nothing to shuffle: the blanks stand where the sentence puts them. */
}

export function showResult(item, answer, key, verdict) {
  putAnswer(item, answer);
  setMarks(item, (index) => verdict.parts[index] === true);
  blanks(item).forEach((input) => { input.readOnly = true; });
}

export function showKey(item) {
  blanks(item).forEach((input) => {
    input.value = "";
    input.readOnly = true;
  });
  setMarks(item, () => null);
}

export function answerText(item, answer) {
  const typed = answer.filter((text) => text !== "");
  if (!typed.length) return "";
  return answer.length === 1 ? quoted(answer[0]) :
    answer.map((text, index) => "第 " + (index + 1) + " 空" + (text ? quoted(text) : "未填")).join("，");
}

/** Nothing: the accepted answers have their own line in the feedback box ([data-kb-accepted]). */
export function keyText() {
  return "";
}

export function wrongDetail(verdict) {
  if (verdict.parts.length === 1) return verdict.parts[0] ? "" : "填错了。";
  const wrong = wrongPositions(verdict.parts);
  return wrong ? "第 " + wrong + " 空填错了。" : "";
}

export function firstControl(item) {
  return item.querySelector("[data-kb-blank]");
}

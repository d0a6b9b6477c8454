/* Single, multiple and true/false items in the DOM: radio buttons or checkboxes, one label per
 * option (`[data-kb-option=KEY]`), feedback per option (`[data-kb-option-feedback=KEY]`). */

import { all, byAttribute, quoted, shuffleChildren } from "../dom.js";

export const emptyPrompt = "请先选择答案。";
export const alwaysShuffled = false;

function options(item) {
  return all(item, "[data-kb-option]");
}

function optionKey(option) {
  return option.getAttribute("data-kb-option");
}

function optionText(item, key) {
  const option = byAttribute(item, "[data-kb-option]", "data-kb-option", key);
  const text = option && option.querySelector(".kb-quiz__option-text");
  return text ? text.textContent.trim() : key;
}

export function readAnswer(item) {
  return all(item, "[data-kb-option] input:checked").map((input) => input.value);
}

export function isAnswered(answer) {
  return answer.length > 0;
}

/** Only keys this item has: a stored answer cannot name an option that is not on the page. */
export function fit(item, answer) {
  const keys = options(item).map(optionKey);
  return answer.filter((key, index) => keys.includes(key) && answer.indexOf(key) === index);
}

export function putAnswer(item, answer) {
  options(item).forEach((option) => {
    option.querySelector("input").checked = answer.includes(optionKey(option));
  });
}

export function clear(item) {
  options(item).forEach((option) => {
    option.classList.remove("is-chosen", "is-answer");
    const input = option.querySelector("input");
    input.checked = false;
    input.disabled = false;
  });
  all(item, "[data-kb-option-feedback]").forEach((feedback) => { feedback.hidden = true; });
}

export function shuffle(item, random) {
  shuffleChildren(item.querySelector(".kb-quiz__options"), random);
}

/** Marks every option: yours or not, right or not; shows the feedback of each option you chose. */
export function showResult(item, answer, key) {
  const correctKeys = key.correct || [];
  options(item).forEach((option) => {
    const optionKeyValue = optionKey(option);
    option.classList.toggle("is-chosen", answer.includes(optionKeyValue));
    option.classList.toggle("is-answer", correctKeys.includes(optionKeyValue));
    const input = option.querySelector("input");
    input.checked = answer.includes(optionKeyValue);
    input.disabled = true;
  });
  all(item, "[data-kb-option-feedback]").forEach((feedback) => {
    feedback.hidden = !answer.includes(feedback.getAttribute("data-kb-option-feedback"));
  });
}

/** The trainer's answer key: right options marked in the written order, every feedback shown. */
export function showKey(item, key) {
  showResult(item, [], key);
  options(item).forEach((option) => option.classList.remove("is-chosen"));
  all(item, "[data-kb-option-feedback]").forEach((feedback) => { feedback.hidden = false; });
}

export function answerText(item, answer) {
  return answer.map((key) => quoted(optionText(item, key))).join("、");
}

export function keyText(item, key) {
  return "正确答案：" + answerText(item, key.correct || []) + "。";
}

export function wrongDetail() {
  return "";
}

export function firstControl(item) {
  return item.querySelector("[data-kb-option] input");
}

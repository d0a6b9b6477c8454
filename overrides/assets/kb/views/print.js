/* The two print views of a quiz page.
 * `?print=answers`, the trainer's answer key: every key marked in the written order, all feedback
 * and explanations shown. Options are not reordered: keys are marked, not put first.
 * `?print=blank`, the pilot copy for a colleague who has not read the material: questions and
 * options only, shuffled as the learner would see them; no keys, feedback, explanations or links
 * back to the material. */

import { element } from "../dom.js";
import { showItemKey } from "../item.js";
import { itemKey, shuffleItem } from "../quiz-root.js";
import { ANSWER_KEY_ATTRIBUTE } from "../quiz/answer-key.js";

function printParameter() {
  return new URLSearchParams(window.location.search).get("print");
}

export function isPrintView() {
  return printParameter() === "answers";
}

export function isBlankView() {
  return printParameter() === "blank";
}

export function showAnswerKey(quiz) {
  quiz.root.classList.add("kb-quiz--answer-key");
  quiz.items.forEach((item) => showItemKey(item, itemKey(quiz, item)));
}

/** Everything on the page that tells or points to the answer: taken out, not just hidden. */
const GIVES_ANSWERS_AWAY = [
  ".kb-quiz__intro",
  ".kb-quiz__tools",
  ".kb-quiz__actions",
  "[data-kb-result]",
  "[data-kb-feedback]",
  ".kb-quiz__item-actions",
];

/** On paper a <select> shows only "请选择…": list a matching item's right-hand entries under it. */
function listChoices(item) {
  const select = item.querySelector("[data-kb-match-select]");
  if (!select) return;
  const choices = Array.from(select.options).filter((option) => option.value).map((option) => option.textContent.trim());
  item.querySelector("[data-kb-match]").after(element("p", "kb-quiz__blank-choices", "可选：" + choices.join(" ／ ")));
}

export function showBlankCopy(quiz) {
  quiz.root.classList.add("kb-quiz--blank");
  quiz.items.forEach((item) => {
    shuffleItem(quiz, item, quiz.shuffle);
    listChoices(item);
  });
  GIVES_ANSWERS_AWAY.forEach((selector) => quiz.root.querySelectorAll(selector).forEach((node) => node.remove()));
  // A link in a stem or option would lead to the cited section: keep its words, drop the link.
  quiz.root.querySelectorAll("a").forEach((link) => link.replaceWith(document.createTextNode(link.textContent)));
  quiz.root.removeAttribute(ANSWER_KEY_ATTRIBUTE);
  quiz.root.prepend(element("p", "kb-quiz__blank-note", "试做版：只有题目和选项，没有答案。每道题都请选一个答案，拿不准也要选。"));
}

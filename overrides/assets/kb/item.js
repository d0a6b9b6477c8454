/* The shell every item shares, whatever its type: number, question, 提交本题, verdict, feedback
 * box and link back to the source. Grades and marks through the type registry (types.js). */

import { gradeItem, mountFor } from "./types.js";

export function itemId(item) {
  return item.getAttribute("data-kb-item");
}

export function itemBank(item) {
  return item.getAttribute("data-kb-bank");
}

/** "第 2 题" from the number line ("第 2 题 · 单选"). */
export function itemNumber(item) {
  const number = item.querySelector(".kb-quiz__number");
  return number ? number.textContent.split("·")[0].trim() : "";
}

export function questionText(item) {
  const sentence = item.querySelector("[data-kb-fill]");
  if (sentence) return fillInSentence(sentence);
  const question = item.querySelector(".kb-quiz__question-text");
  return question ? question.textContent.trim() : "";
}

/** A fill-in item's sentence with ＿＿ where the blanks are (D8: its legend only says 补完整). */
function fillInSentence(sentence) {
  const copy = sentence.cloneNode(true);
  copy.querySelectorAll("[data-kb-part-mark]").forEach((mark) => mark.remove());
  copy.querySelectorAll("input").forEach((input) => input.replaceWith(document.createTextNode("＿＿")));
  return copy.textContent.replace(/\s+/g, " ").trim();
}

export function setVerdict(item, text) {
  const verdict = item.querySelector("[data-kb-verdict]");
  if (verdict) verdict.textContent = text;
}

function showFeedback(item, shown, correct) {
  const feedback = item.querySelector("[data-kb-feedback]");
  if (feedback) feedback.hidden = !shown;
  const itemFeedback = item.querySelector("[data-kb-item-feedback]");
  if (itemFeedback) itemFeedback.hidden = !shown || correct;
}

function setCheckDisabled(item, disabled) {
  const check = item.querySelector("[data-kb-action=check]");
  if (check) check.disabled = disabled;
}

/** Says, next to 提交本题, what is missing before the item can be checked (the feedback box
 * stays closed: it holds the explanation). */
export function showEmptyPrompt(item, text) {
  hideEmptyPrompt(item);
  const hint = document.createElement("p");
  hint.className = "kb-quiz__empty-hint";
  hint.setAttribute("data-kb-empty-hint", "");
  hint.textContent = text;
  const actions = item.querySelector(".kb-quiz__item-actions");
  if (actions) actions.after(hint);
}

function hideEmptyPrompt(item) {
  item.querySelectorAll("[data-kb-empty-hint]").forEach((hint) => hint.remove());
}

/** Puts an item back to unanswered: controls open, no marks, feedback hidden. */
export function clearItem(item) {
  const mount = mountFor(item);
  hideEmptyPrompt(item);
  item.classList.remove("is-correct", "is-wrong");
  if (mount) mount.clear(item);
  showFeedback(item, false, false);
  setCheckDisabled(item, false);
}

/** The verdict line: right, or wrong / unanswered with what was wrong and the right answer. */
export function verdictText(item, answer, key, verdict) {
  const mount = mountFor(item);
  if (verdict.correct) return "回答正确。";
  const opening = mount.isAnswered(answer) ? "回答错误。" + mount.wrongDetail(verdict) : "未作答。";
  return opening + mount.keyText(item, key);
}

/** Marks the item with the verdict on `answer` (graded here unless given) and locks it; returns
 * the verdict, {correct, parts}. */
export function showItemResult(item, answer, key, verdict = gradeItem(answer, key)) {
  const mount = mountFor(item);
  hideEmptyPrompt(item);
  item.classList.toggle("is-correct", verdict.correct);
  item.classList.toggle("is-wrong", !verdict.correct);
  mount.showResult(item, answer, key, verdict);
  setVerdict(item, verdictText(item, answer, key, verdict));
  showFeedback(item, true, verdict.correct);
  setCheckDisabled(item, true);
  return verdict;
}

/** The trainer's view of an item: the key marked, every feedback shown, nothing to answer. */
export function showItemKey(item, key) {
  const mount = mountFor(item);
  mount.showKey(item, key);
  showFeedback(item, true, false);
  setCheckDisabled(item, true);
}

/** Moves focus to the verdict so a screen reader reads it and keyboard users keep their place. */
export function focusVerdict(item) {
  const verdict = item.querySelector("[data-kb-verdict]");
  if (!verdict) return;
  verdict.setAttribute("tabindex", "-1");
  verdict.focus();
}

export function focusFirstControl(item) {
  const mount = mountFor(item);
  const control = mount && mount.firstControl(item);
  if (control) control.focus();
}

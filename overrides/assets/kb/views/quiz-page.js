/* A bank's quiz page: answer item by item or all at once, keep the attempt across visits. */

import { announce } from "../announce.js";
import { element } from "../dom.js";
import { clearItem, focusFirstControl, focusVerdict, itemBank, itemId, itemNumber, showEmptyPrompt, showItemResult } from "../item.js";
import { mountFor } from "../types.js";
import { checkAnswer, keepUnchecked, openItemIds, restartAttempt, restoreChecked, summaryOf } from "../quiz/answering.js";
import { itemKey, shuffleItem } from "../quiz-root.js";
import { own } from "../safe-map.js";
import { readProgress, writeProgress } from "../progress/quiz-storage.js";
import { hideResult, renderResult } from "./result.js";

/** Added to what is announced when the browser would not store the answer (full or switched off). */
export const NOT_SAVED = "（注意：这次作答没能保存，浏览器存储已满或被禁用。）";
const RESET_NOT_SAVED = "（注意：清空没能保存，浏览器存储已满或被禁用；刷新页面后原来的作答还会出现。）";

/**
 * Shows in the page, where the learner is looking, that the browser did not store what was just
 * done (under `item`'s verdict, or under the quiz's buttons); a later save that works takes the
 * warning away. The live region says the same to screen readers (announce()).
 */
export function showSaveWarning(quiz, item, saved, text = NOT_SAVED) {
  quiz.root.querySelectorAll("[data-kb-not-saved]").forEach((warning) => warning.remove());
  if (saved) return;
  const warning = element("p", "kb-notice kb-quiz__not-saved", text.replace(/^（|）$/g, ""));
  warning.setAttribute("data-kb-not-saved", "");
  const anchor = (item && item.querySelector("[data-kb-verdict]")) || quiz.root.querySelector(".kb-quiz__actions");
  if (anchor) anchor.after(warning);
  else quiz.root.prepend(warning);
}

function currentAnswer(item) {
  const mount = mountFor(item);
  return mount.fit(item, mount.readAnswer(item));
}

function isAnswered(item) {
  return mountFor(item).isAnswered(currentAnswer(item));
}

/** The quiz's items not checked yet, in page order. */
function openItems(quiz) {
  const open = new Set(openItemIds(quiz.attempt));
  return quiz.items.filter((item) => open.has(itemId(item)));
}

/**
 * Checks one item into `progress` (read and written once by the caller; quiz/answering.js decides
 * what the answer does) and shows the outcome. Returns null when the item is unanswered and
 * `allowEmpty` is false; else {verdict, record, summary}, `summary` the score line when this
 * answer finished the bank's attempt.
 */
export function checkItem(quiz, item, progress, allowEmpty) {
  const answer = currentAnswer(item);
  if (!allowEmpty && !mountFor(item).isAnswered(answer)) {
    showEmptyPrompt(item, mountFor(item).emptyPrompt);
    announce(quiz.root, itemNumber(item) + "：" + mountFor(item).emptyPrompt);
    return null;
  }
  const now = new Date().toISOString();
  const outcome = checkAnswer(progress, quiz.attempt, { itemId: itemId(item), bankId: itemBank(item), answer, now });
  showItemResult(item, answer, itemKey(quiz, item), outcome.verdict);
  const summary = outcome.finished ? renderResult(quiz, outcome.bank, outcome.finished) : null;
  return { verdict: outcome.verdict, record: outcome.record, summary };
}

/** The message for one checked item: right or wrong, and what was wrong. */
export function checkedMessage(item, outcome) {
  const detail = outcome.verdict.correct ? "" : mountFor(item).wrongDetail(outcome.verdict);
  return itemNumber(item) + "：" + (outcome.verdict.correct ? "回答正确。" : "回答错误。" + detail);
}

export function onCheck(quiz, item) {
  const progress = readProgress();
  const outcome = checkItem(quiz, item, progress, false);
  if (!outcome) return;
  let message = checkedMessage(item, outcome);
  const saved = writeProgress(progress);
  if (!saved) message += NOT_SAVED;
  showSaveWarning(quiz, item, saved);
  focusVerdict(item);
  // D18: a screen reader reads the focused verdict; the live region says only what focus does
  // not carry (the score when this was the last item, a failed save), so nothing is read twice.
  const spoken = (saved ? "" : message) + (outcome.summary || "");
  if (spoken) announce(quiz.root, spoken);
}

function removePrompt(quiz) {
  quiz.root.querySelectorAll("[data-kb-unanswered]").forEach((prompt) => prompt.remove());
}

function promptButton(label, action) {
  const button = element("button", "md-button", label);
  button.type = "button";
  button.setAttribute("data-kb-action", action);
  return button;
}

/** Asks, in the page, what to do with unanswered items: submit them as missed, or answer them. */
function showUnansweredPrompt(quiz, unanswered, gradedCount) {
  removePrompt(quiz);
  const numbers = unanswered.map(itemNumber).join("、");
  const prompt = element("div", "kb-quiz__unanswered");
  prompt.setAttribute("data-kb-unanswered", "");
  const opening = gradedCount ? "已提交作答过的 " + gradedCount + " 题。" : "";
  const text = element("p", "", opening + "还有 " + unanswered.length + " 题未作答（" + numbers +
    "）：仍然提交的话，未作答的题算答错，会放进错题本。");
  text.setAttribute("tabindex", "-1");
  prompt.append(text, promptButton("仍然提交", "submit-unanswered"), promptButton("回去作答", "answer-unanswered"));
  const actions = quiz.root.querySelector(".kb-quiz__actions");
  if (actions) actions.after(prompt);
  else quiz.root.appendChild(prompt);
  text.focus();
  return text.textContent;
}

/** Grades `items` (answered or not) in one read and one write; returns the score line or null. */
function gradeAll(quiz, items) {
  const progress = readProgress();
  let summary = null;
  items.forEach((item) => {
    const outcome = checkItem(quiz, item, progress, true);
    if (outcome && outcome.summary) summary = outcome.summary;
  });
  return { summary, saved: writeProgress(progress) };
}

function showFinished(quiz, summary, saved) {
  const result = quiz.root.querySelector("[data-kb-result]");
  if (!result.hidden) focusAtTop(result);
  // D18: the focused result box is read out with its score; announced too, it was read twice.
  if (summary && result.hidden) announce(quiz.root, saved ? summary : summary + NOT_SAVED);
  else if (!saved) announce(quiz.root, NOT_SAVED.replace(/^（|）$/g, ""));
}

/** Focus a box and show its first line below the sticky header (D5): focusing a box taller than
 * the screen scrolls its middle into view and hid the score under the header. */
export function focusAtTop(box) {
  box.focus({ preventScroll: true });
  box.scrollIntoView({ block: "start" });
}

/**
 * 全部提交: grades every answered item; unanswered items stay open until the learner says to
 * submit them too (they then count as missed and go to the 错题本) or goes back to answer them.
 */
export function onSubmitAll(quiz) {
  removePrompt(quiz);
  const open = openItems(quiz);
  const unanswered = open.filter((item) => !isAnswered(item));
  const answered = open.filter((item) => isAnswered(item));
  const { summary, saved } = gradeAll(quiz, answered);
  showSaveWarning(quiz, null, saved);
  if (unanswered.length) announce(quiz.root, showUnansweredPrompt(quiz, unanswered, answered.length) + (saved ? "" : NOT_SAVED));
  else showFinished(quiz, summary, saved);
}

export function onSubmitUnanswered(quiz) {
  removePrompt(quiz);
  const { summary, saved } = gradeAll(quiz, openItems(quiz));
  showSaveWarning(quiz, null, saved);
  showFinished(quiz, summary, saved);
}

export function onAnswerUnanswered(quiz) {
  removePrompt(quiz);
  const [first] = openItems(quiz);
  if (first) focusFirstControl(first);
}

/** D20: 再做一次 sat next to 全部提交 and threw away picked but unsubmitted answers without asking. */
export const RESET_QUESTION = "再做一次会清空这次的作答，包括已选好但还没提交的答案。确定清空吗？";

export function onReset(quiz) {
  const unsubmitted = openItems(quiz).some(isAnswered);
  if (unsubmitted && !window.confirm(RESET_QUESTION)) return;
  const progress = readProgress();
  restartAttempt(progress, quiz.attempt);
  const saved = writeProgress(progress);
  quiz.items.forEach((item) => {
    clearItem(item);
    shuffleItem(quiz, item, quiz.shuffle);
  });
  hideResult(quiz);
  removePrompt(quiz);
  showSaveWarning(quiz, null, saved, RESET_NOT_SAVED);
  announce(quiz.root, "已清空本次作答，可以重新开始。" + (saved ? "" : RESET_NOT_SAVED));
  if (quiz.items.length) focusFirstControl(quiz.items[0]);
}

/** Keeps what is picked but not yet submitted, so a reload or a visit elsewhere loses nothing. */
export function rememberAnswer(quiz, item) {
  if (!item || !quiz.attempt.keepsBankAttempt) return;
  const progress = readProgress();
  if (keepUnchecked(progress, quiz.attempt, itemId(item), currentAnswer(item))) writeProgress(progress);
}

function restore(quiz) {
  const bank = own(readProgress().banks, quiz.key.bank);
  if (!bank) return;
  quiz.items.forEach((item) => {
    const stored = own(bank.current.answers, itemId(item));
    if (!stored) return;
    const answer = mountFor(item).fit(item, stored);
    if (own(bank.current.checked, itemId(item))) {
      restoreChecked(quiz.attempt, itemId(item), answer);
      showItemResult(item, answer, itemKey(quiz, item));
    } else {
      mountFor(item).putAnswer(item, answer);
    }
  });
  if (bank.current.finished) renderResult(quiz, bank, summaryOf(quiz.attempt));
}

export function mountQuizPage(quiz) {
  quiz.items.forEach((item) => shuffleItem(quiz, item, quiz.shuffle));
  restore(quiz);
}

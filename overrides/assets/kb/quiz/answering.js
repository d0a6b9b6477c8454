/* Answering a quiz, apart from the page: what checking an answer does to the learner's progress
 * and to the attempt on the page, and when a bank's attempt is over, with what score.
 * No DOM: the views (views/quiz-page.js, review.js, today.js) read each answer from the page,
 * call these functions with the progress they read, then show the outcome and store the progress. */

import { gradeItem } from "../types.js";
import { bankProgress, finishAttempt, recordAnswer, startAttempt } from "../progress/quiz-records.js";
import { dict, own } from "../safe-map.js";
import { itemKeyOf } from "./answer-key.js";
import { attemptSummary } from "./attempt-summary.js";

/**
 * The attempt a quiz component holds while the learner answers: its answer key, its item ids in
 * page order, the answers checked so far (by item id, as the page shows them graded), and whether
 * it keeps the bank's current attempt in progress (a bank's own page) or only each item's record
 * (错题本, 今日复习).
 */
export function newAttempt(key, itemIds, keepsBankAttempt) {
  return { key, itemIds, checked: dict(), keepsBankAttempt };
}

/** Whether the item has been checked in this attempt. */
export function isItemChecked(attempt, itemId) {
  return own(attempt.checked, itemId) !== undefined;
}

/** The ids of the items not checked yet, in page order. */
export function openItemIds(attempt) {
  return attempt.itemIds.filter((id) => !isItemChecked(attempt, id));
}

/** The score of what has been checked so far (quiz/attempt-summary.js). */
export function summaryOf(attempt) {
  return attemptSummary(attempt.key, attempt.itemIds, attempt.checked);
}

/** The bank's record in `progress`, its total the number of items on the page. */
function attemptBank(progress, attempt) {
  return bankProgress(progress, attempt.key.bank, attempt.itemIds.length);
}

/* Once the stored attempt has every item checked, it is finished with the page's score. */
function finishIfComplete(attempt, bank, now) {
  if (!attempt.itemIds.every((id) => own(bank.current.checked, id))) return null;
  const summary = summaryOf(attempt);
  finishAttempt(bank, summary.correct, now);
  return summary;
}

/**
 * Checks one answer (`now` an ISO time): grades it, records it in the item's record in `progress`
 * (recordAnswer) and, on a bank's page, in the bank's current attempt, which is finished once
 * every item is checked. Returns {verdict, record, bank, finished}: `bank` the bank's record (null
 * off a bank's page), `finished` the attempt's summary when every item is now checked, else null.
 */
export function checkAnswer(progress, attempt, { itemId, bankId, answer, now }) {
  const verdict = gradeItem(answer, itemKeyOf(attempt.key, itemId));
  attempt.checked[itemId] = answer;
  const record = recordAnswer(progress, { bankId, itemId, answer, correct: verdict.correct, now });
  if (!attempt.keepsBankAttempt) return { verdict, record, bank: null, finished: null };
  const bank = attemptBank(progress, attempt);
  bank.current.answers[itemId] = answer;
  bank.current.checked[itemId] = true;
  return { verdict, record, bank, finished: finishIfComplete(attempt, bank, now) };
}

/** Notes an answer the page shows checked again (restored from the stored attempt). */
export function restoreChecked(attempt, itemId, answer) {
  attempt.checked[itemId] = answer;
}

/** Keeps an answer picked but not checked yet in the bank's current attempt, so a reload loses
 * nothing; true when it did. Only a bank's page keeps one, and a checked answer stays as checked. */
export function keepUnchecked(progress, attempt, itemId, answer) {
  if (!attempt.keepsBankAttempt || isItemChecked(attempt, itemId)) return false;
  attemptBank(progress, attempt).current.answers[itemId] = answer;
  return true;
}

/** Starts the bank's attempt again: nothing checked, nothing kept. */
export function restartAttempt(progress, attempt) {
  startAttempt(attemptBank(progress, attempt));
  attempt.checked = dict();
}

/* What answering does to progress: one item's record, the current attempt, a finished attempt.
 * Pure: every function takes the progress object (see quiz-format.js) and the time. */

import { reschedule } from "../schedule.js";
import { cleanBank, cleanItem } from "./quiz-format.js";
import { dict, own } from "../safe-map.js";

/** The record of one bank, created empty when missing; its total is what the page says. */
export function bankProgress(progress, bankId, total) {
  const bank = own(progress.banks, bankId) || cleanBank({});
  bank.total = total;
  if (bank.bestCorrect !== null && bank.bestCorrect > total) bank.bestCorrect = total;
  if (bank.lastCorrect !== null && bank.lastCorrect > total) bank.lastCorrect = total;
  progress.banks[bankId] = bank;
  return bank;
}

/** Records an answer: a miss puts the item in the 错题本, two right answers in a row take it out;
 * either way the answer sets when the item comes back for spaced review (schedule.js). The first
 * answer to an item is kept as it was, and every answer counts (an item answered before version
 * 3 keeps `first` and `attempts` unknown: null). */
export function recordAnswer(progress, { bankId, itemId, answer, correct, now }) {
  const known = own(progress.items, itemId);
  const item = known || { ...cleanItem({ bank: bankId, lastAnswer: [] }), first: { answer: answer.slice(), correct, at: now }, attempts: 0 };
  if (item.attempts !== null) item.attempts += 1;
  item.bank = bankId;
  item.lastAnswer = answer.slice();
  item.lastCorrect = correct;
  item.answeredAt = now;
  item.schedule = reschedule(item.schedule, correct, Date.parse(now) || Date.now());
  if (correct) {
    item.streak += 1;
    if (item.streak >= 2) item.inReview = false;
  } else {
    item.streak = 0;
    item.inReview = true;
    item.missedAt = now;
  }
  progress.items[itemId] = item;
  return item;
}

/** Closes the current attempt of a bank once: attempts, last and best score. */
export function finishAttempt(bank, correct, now) {
  if (bank.current.finished) return;
  bank.current.finished = true;
  bank.attempts += 1;
  bank.lastCorrect = correct;
  bank.lastAttemptAt = now;
  bank.bestCorrect = bank.bestCorrect === null ? correct : Math.max(bank.bestCorrect, correct);
}

export function startAttempt(bank) {
  bank.current = { answers: dict(), checked: dict(), finished: false };
}

/** Ids of the items in the 错题本, newest miss first, limited to ids for which `exists` holds. */
export function missedItems(progress, exists = () => true) {
  return Object.keys(progress.items)
    .filter((id) => progress.items[id].inReview && exists(id))
    .sort((a, b) => (progress.items[b].missedAt || "").localeCompare(progress.items[a].missedAt || ""));
}

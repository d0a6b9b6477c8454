/* Answering apart from the page: the attempt's summary comes from the key and the answers, and
 * checking an answer records it and finishes a bank's attempt (quiz/attempt-summary.js,
 * quiz/answering.js). */

import { emptyProgress } from "../assets/kb/progress/quiz-format.js";
import {
  checkAnswer, isItemChecked, keepUnchecked, newAttempt, openItemIds, restartAttempt, restoreChecked, summaryOf,
} from "../assets/kb/quiz/answering.js";
import { attemptSummary } from "../assets/kb/quiz/attempt-summary.js";
import { own } from "../assets/kb/safe-map.js";
import { assertEqual, test } from "./harness.js";

const NOW = "2026-11-29T10:00:00.000Z";
const LATER = "2026-11-29T10:05:00.000Z";
const KEY = { bank: "basics", title: "基础", items: {
  one: { kind: "single", correct: ["b"], parts: 1 },
  two: { kind: "ordering", correct: ["e1", "e2"], parts: 2 },
  three: { kind: "fill_in", accepted: [["行动承诺"]], parts: 1 },
} };
const IDS = ["one", "two", "three"];

function check(progress, attempt, itemId, answer, now = NOW) {
  return checkAnswer(progress, attempt, { itemId, bankId: "basics", answer, now });
}

test("the summary grades each answer against its key, in page order", () => {
  const summary = attemptSummary(KEY, IDS, { one: ["b"], two: ["e2", "e1"], three: ["行动 承诺！"] });
  assertEqual(summary, {
    total: 3, correct: 2,
    items: [{ id: "one", correct: true }, { id: "two", correct: false }, { id: "three", correct: true }],
    missed: ["two"],
  });
});

test("an item without an answer, without a key or with a broken answer counts as missed", () => {
  const summary = attemptSummary(KEY, ["one", "two", "gone"], { two: "e1,e2", gone: ["x"] });
  assertEqual(summary.correct, 0);
  assertEqual(summary.missed, ["one", "two", "gone"]);
  assertEqual(attemptSummary(KEY, [], {}), { total: 0, correct: 0, items: [], missed: [] });
});

test("answers under prototype names are the learner's answers, not inherited values", () => {
  const key = { items: { constructor: { kind: "true_false", correct: ["true"], parts: 1 }, toString: { kind: "single", correct: ["a"], parts: 1 } } };
  const answers = Object.create(null);
  answers.constructor = ["true"];
  assertEqual(attemptSummary(key, ["constructor", "toString"], answers).missed, ["toString"]);
});

test("checking every item of a bank's page finishes the attempt with the summary's score", () => {
  const progress = emptyProgress();
  const attempt = newAttempt(KEY, IDS, true);
  assertEqual(check(progress, attempt, "one", ["b"]).finished, null);
  assertEqual(check(progress, attempt, "two", ["e2", "e1"]).finished, null);
  assertEqual(openItemIds(attempt), ["three"]);
  const last = check(progress, attempt, "three", ["行动承诺"], LATER);
  assertEqual(last.finished.correct, 2);
  assertEqual(last.finished.missed, ["two"]);
  const bank = own(progress.banks, "basics");
  assertEqual(last.bank, bank);
  assertEqual([bank.total, bank.attempts, bank.lastCorrect, bank.bestCorrect, bank.lastAttemptAt], [3, 1, 2, 2, LATER]);
  assertEqual(bank.current.finished, true);
  assertEqual(bank.current.answers.two, ["e2", "e1"]);
  assertEqual(Object.keys(bank.current.checked), IDS);
});

test("each check records the item: a miss goes to the 错题本", () => {
  const progress = emptyProgress();
  const attempt = newAttempt(KEY, IDS, true);
  const outcome = check(progress, attempt, "two", ["e2", "e1"]);
  assertEqual(outcome.verdict, { correct: false, parts: [false, false] });
  assertEqual(outcome.record, own(progress.items, "two"));
  assertEqual([outcome.record.bank, outcome.record.lastCorrect, outcome.record.inReview], ["basics", false, true]);
  assertEqual(isItemChecked(attempt, "two"), true);
  assertEqual(isItemChecked(attempt, "one"), false);
});

test("the score is the page's: an earlier visit's checks count once restored, unanswered ones count as missed", () => {
  const progress = emptyProgress();
  const attempt = newAttempt(KEY, IDS, true);
  const stored = check(progress, attempt, "one", ["b"]).bank; // a visit that checked one
  const again = newAttempt(KEY, IDS, true); // the next visit shows it again
  restoreChecked(again, "one", stored.current.answers.one);
  check(progress, again, "two", ["e1", "e2"]);
  assertEqual(check(progress, again, "three", []).finished.correct, 2);
});

test("the attempt is finished only when the stored attempt has every item checked", () => {
  const progress = emptyProgress();
  const attempt = newAttempt(KEY, IDS, true);
  restoreChecked(attempt, "one", ["b"]); // shown checked, but its check was never stored
  check(progress, attempt, "two", ["e1", "e2"]);
  assertEqual(check(progress, attempt, "three", ["行动承诺"]).finished, null);
  assertEqual(own(progress.banks, "basics").attempts, 0);
});

test("a finished attempt keeps its best score across a restart", () => {
  const progress = emptyProgress();
  let attempt = newAttempt(KEY, IDS, true);
  IDS.forEach((id) => check(progress, attempt, id, ["b"]));
  restartAttempt(progress, attempt);
  assertEqual(openItemIds(attempt), IDS);
  const bank = own(progress.banks, "basics");
  assertEqual([bank.current.finished, Object.keys(bank.current.answers).length, bank.bestCorrect], [false, 0, 1]);
  attempt = newAttempt(KEY, IDS, true);
  check(progress, attempt, "one", ["a"]);
  check(progress, attempt, "two", ["e1", "e2"]);
  assertEqual(check(progress, attempt, "three", ["行动承诺"]).finished.correct, 2);
  assertEqual([bank.lastCorrect, bank.bestCorrect, bank.attempts], [2, 2, 2]);
});

test("the 错题本 and 今日复习 record items but keep no bank attempt", () => {
  const progress = emptyProgress();
  const attempt = newAttempt({ bank: "__today__", items: KEY.items }, ["one", "two"], false);
  const outcome = check(progress, attempt, "one", ["b"]);
  assertEqual([outcome.bank, outcome.finished], [null, null]);
  check(progress, attempt, "two", ["e1", "e2"]);
  assertEqual(Object.keys(progress.banks), []);
  assertEqual(own(progress.items, "one").lastCorrect, true);
  assertEqual(summaryOf(attempt).correct, 2);
  assertEqual(openItemIds(attempt), []);
});

test("an answer picked but not checked is kept on a bank's page only, and never over a checked one", () => {
  const progress = emptyProgress();
  const attempt = newAttempt(KEY, IDS, true);
  assertEqual(keepUnchecked(progress, attempt, "one", ["a"]), true);
  assertEqual(own(progress.banks, "basics").current.answers.one, ["a"]);
  check(progress, attempt, "one", ["b"]);
  assertEqual(keepUnchecked(progress, attempt, "one", ["c"]), false);
  assertEqual(own(progress.banks, "basics").current.answers.one, ["b"]);
  const review = emptyProgress();
  assertEqual(keepUnchecked(review, newAttempt(KEY, IDS, false), "one", ["a"]), false);
  assertEqual(Object.keys(review.banks), []);
});

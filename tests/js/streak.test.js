/* "已连续复习 N 天": consecutive local days ending today or yesterday, on hand-made histories. */

import { MAX_DAYS, answerDays, mergeDays, streakLength, streakText } from "../assets/kb/streak.js";
import { emptyProgress } from "../assets/kb/progress/quiz-format.js";
import { assertEqual, test } from "./harness.js";

const TODAY = "2026-12-06";

test("no answering days is no streak, and no line", () => {
  assertEqual(streakLength([], TODAY), 0);
  assertEqual(streakText(0), "");
});

test("answering today only is a streak of 1", () => {
  assertEqual(streakLength([TODAY], TODAY), 1);
  assertEqual(streakText(1), "已连续复习 1 天");
});

test("three days in a row ending today count 3", () => {
  assertEqual(streakLength(["2026-12-04", "2026-12-05", "2026-12-06"], TODAY), 3);
});

test("a streak ending yesterday still holds until today is over", () => {
  assertEqual(streakLength(["2026-12-03", "2026-12-04", "2026-12-05"], TODAY), 3);
});

test("a day missed before yesterday ends the streak", () => {
  assertEqual(streakLength(["2026-12-02", "2026-12-03", "2026-12-04"], TODAY), 0);
});

test("a gap breaks the run: only the days after it count", () => {
  assertEqual(streakLength(["2026-11-30", "2026-12-01", "2026-12-03", "2026-12-05", "2026-12-06"], TODAY), 2);
});

test("the run crosses a month and a year end", () => {
  assertEqual(streakLength(["2026-12-30", "2026-12-31", "2027-01-01"], "2027-01-01"), 3);
  assertEqual(streakLength(["2028-02-28", "2028-02-29", "2028-03-01"], "2028-03-01"), 3);
});

test("the same day twice and days in any order count once", () => {
  assertEqual(streakLength(["2026-12-06", "2026-12-05", "2026-12-06", "2026-12-04"], TODAY), 3);
});

test("merged days are valid, unique, sorted and at most MAX_DAYS", () => {
  assertEqual(mergeDays(["2026-12-05", "nonsense", "2026-02-30"], ["2026-12-01", "2026-12-05"]), ["2026-12-01", "2026-12-05"]);
  assertEqual(mergeDays(null, ["2026-12-01"]), ["2026-12-01"]);
  const many = Array.from({ length: MAX_DAYS + 10 }, (_, index) => new Date(Date.UTC(2025, 0, 1 + index)).toISOString().slice(0, 10));
  const merged = mergeDays(many, []);
  assertEqual(merged.length, MAX_DAYS);
  assertEqual(merged[merged.length - 1], many[many.length - 1]);
});

test("answering days come from every date progress keeps, in local days", () => {
  const progress = emptyProgress();
  const noon = (y, m, d) => new Date(y, m - 1, d, 12).toISOString();
  progress.items.a = { bank: "b", answeredAt: noon(2026, 12, 6), missedAt: noon(2026, 12, 4), first: { at: noon(2026, 12, 1) }, schedule: { box: 1, last: "2026-12-05", due: "2026-12-06" } };
  progress.items.b = { bank: "b", answeredAt: null, missedAt: null, first: null, schedule: null };
  progress.banks.b = { lastAttemptAt: noon(2026, 11, 30) };
  const scenarios = { talk: { schedule: { start: { box: 2, last: "2026-12-02", due: "2026-12-05" } } }, broken: "x" };
  assertEqual(answerDays(progress, scenarios), ["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-04", "2026-12-05", "2026-12-06"]);
  assertEqual(streakLength(answerDays(progress, scenarios), TODAY), 3);
});

/* Spaced review by Leitner boxes: known answer sequences give the documented intervals. */

import {
  LEITNER_INTERVALS,
  SESSION_CAP,
  addDays,
  cleanSchedule,
  describeDay,
  dueIds,
  isDue,
  localDay,
  nextDueDay,
  reschedule,
  scheduleFromAnswer,
  validDay,
} from "../assets/kb/schedule.js";
import { assertEqual, test } from "./harness.js";

const MONDAY_NOON = new Date(2026, 10, 30, 12, 0, 0); // 2026-11-30, local time
const day = (offset) => addDays("2026-11-30", offset);
const at = (offset) => new Date(2026, 10, 30 + offset, 12, 0, 0);

test("the documented intervals are 1, 3, 7, 14 and 30 days and a session holds 20", () => {
  assertEqual(LEITNER_INTERVALS, [1, 3, 7, 14, 30]);
  assertEqual(SESSION_CAP, 20);
});

test("a first right answer comes back in 3 days, a first wrong one tomorrow", () => {
  assertEqual(reschedule(null, true, MONDAY_NOON), { box: 2, last: "2026-11-30", due: "2026-12-03" });
  assertEqual(reschedule(null, false, MONDAY_NOON), { box: 1, last: "2026-11-30", due: "2026-12-01" });
});

test("right answers in a row climb the boxes: 3, 7, 14, 30, then 30 again", () => {
  let entry = null;
  let now = MONDAY_NOON;
  const gaps = [];
  for (let answer = 0; answer < 5; answer += 1) {
    entry = reschedule(entry, true, now);
    gaps.push(LEITNER_INTERVALS[entry.box - 1]);
    now = new Date(entry.due + "T09:00:00");
  }
  assertEqual(gaps, [3, 7, 14, 30, 30]);
});

test("a wrong answer in any box starts the item over in box 1", () => {
  const high = { box: 4, last: day(0), due: day(14) };
  assertEqual(reschedule(high, false, MONDAY_NOON), { box: 1, last: day(0), due: day(1) });
});

test("an item is due on its due day and after, not the day before", () => {
  const entry = { box: 2, last: day(0), due: day(3) };
  assertEqual([isDue(entry, at(2)), isDue(entry, at(3)), isDue(entry, at(10))], [false, true, true]);
});

test("a day boundary at midnight counts in the learner's local time", () => {
  const entry = { box: 1, last: day(0), due: day(1) };
  assertEqual(isDue(entry, new Date(2026, 10, 30, 23, 59, 59)), false);
  assertEqual(isDue(entry, new Date(2026, 11, 1, 0, 0, 0)), true);
});

test("due items come most overdue first, only those that still exist", () => {
  const schedules = Object.create(null);
  schedules.b = { box: 1, last: day(-3), due: day(-2) };
  schedules.a = { box: 1, last: day(-3), due: day(-2) };
  schedules.c = { box: 2, last: day(-5), due: day(-4) };
  schedules.gone = { box: 1, last: day(-9), due: day(-8) };
  schedules.later = { box: 3, last: day(0), due: day(7) };
  assertEqual(dueIds(schedules, MONDAY_NOON, (id) => id !== "gone"), ["c", "a", "b"]);
  assertEqual(nextDueDay(schedules, MONDAY_NOON), day(7));
  assertEqual(nextDueDay(Object.create(null), MONDAY_NOON), null);
});

test("corrupt schedule entries are dropped, out-of-range dates clamped", () => {
  for (const bad of [null, 7, "x", [], { box: 0, last: day(0), due: day(1) }, { box: 6, last: day(0), due: day(1) },
    { box: 1.5, last: day(0), due: day(1) }, { box: 2, last: "2026-02-30", due: day(1) },
    { box: 2, last: day(0), due: "tomorrow" }, { box: 2, last: "1999-12-31", due: day(1) }]) {
    assertEqual(cleanSchedule(bad), null, JSON.stringify(bad));
  }
  assertEqual(cleanSchedule({ box: 1, last: day(0), due: "2199-01-01" }), { box: 1, last: day(0), due: day(1) });
  assertEqual(cleanSchedule({ box: 3, last: day(0), due: day(-5) }), { box: 3, last: day(0), due: day(0) });
  assertEqual(cleanSchedule({ box: 3, last: day(0), due: day(5), extra: "<img>" }), { box: 3, last: day(0), due: day(5) });
});

test("days are validated as real calendar days", () => {
  assertEqual([validDay("2026-12-31"), validDay("2026-13-01"), validDay("2026-1-1"), validDay(20261201)],
    ["2026-12-31", null, null, null]);
  assertEqual(localDay(MONDAY_NOON), "2026-11-30");
  assertEqual(addDays("2026-12-30", 3), "2027-01-02");
});

test("an answer stored before spaced review gets a schedule from its stored date", () => {
  const stored = { answeredAt: new Date(2026, 10, 20, 15, 0).toISOString(), lastCorrect: true };
  assertEqual(scheduleFromAnswer(stored), { box: 2, last: "2026-11-20", due: "2026-11-23" });
  assertEqual(scheduleFromAnswer({ answeredAt: null, lastCorrect: true }), null);
  assertEqual(scheduleFromAnswer({ answeredAt: new Date(2026, 10, 20, 15, 0).toISOString(), lastCorrect: false }).due,
    "2026-11-21");
});

test("the next review day is said in words a learner reads at a glance", () => {
  assertEqual(describeDay(day(0), MONDAY_NOON), "今天");
  assertEqual(describeDay(day(1), MONDAY_NOON), "明天");
  assertEqual(describeDay(day(2), MONDAY_NOON), "后天");
  assertEqual(describeDay(day(7), MONDAY_NOON), "7 天后（12 月 7 日）");
});

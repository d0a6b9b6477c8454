/* "已连续复习 N 天": the run of days on which the learner answered anything. Pure. The days come
 * from the dates progress keeps (views/reminder.js also keeps them in a list of their own, since
 * an item answered again keeps only its latest date). Days are local calendar days, "YYYY-MM-DD". */

import { addDays, localDay, validDay } from "./schedule.js";
import { isObject } from "./safe-map.js";

/** How many answering days are kept: enough for any streak worth showing. */
export const MAX_DAYS = 400;

function dayOfTimestamp(value) {
  const time = typeof value === "string" ? Date.parse(value) : NaN;
  return Number.isFinite(time) ? validDay(localDay(time)) : null;
}

function scheduleDays(schedules) {
  return isObject(schedules) ? Object.values(schedules).map((entry) => (isObject(entry) ? validDay(entry.last) : null)) : [];
}

/** The days on which the learner answered, from stored progress (normalised, progress/quiz-storage.js) and
 * scenario records: answer and miss dates, first answers, schedules, quiz attempts, scenario steps. */
export function answerDays(progress, scenarioRecords = {}) {
  const days = [];
  for (const item of Object.values(progress.items)) {
    days.push(dayOfTimestamp(item.answeredAt), dayOfTimestamp(item.missedAt), item.first ? dayOfTimestamp(item.first.at) : null);
    if (item.schedule) days.push(validDay(item.schedule.last));
  }
  for (const bank of Object.values(progress.banks)) days.push(dayOfTimestamp(bank.lastAttemptAt));
  for (const record of Object.values(scenarioRecords)) if (isObject(record)) days.push(...scheduleDays(record.schedule));
  return mergeDays(days.filter(Boolean), []);
}

/** The valid days of both lists, once each, oldest first, at most the MAX_DAYS latest. */
export function mergeDays(kept, found) {
  const days = [...new Set([...(Array.isArray(kept) ? kept : []), ...found].filter((day) => validDay(day) !== null))].sort();
  return days.slice(-MAX_DAYS);
}

/** Consecutive days up to `today` (or up to yesterday, when nothing was answered yet today:
 * the streak holds until the day is over). 0 when the latest day is older. */
export function streakLength(days, today) {
  const answered = new Set(days);
  let day = answered.has(today) ? today : addDays(today, -1);
  let length = 0;
  while (answered.has(day)) {
    length += 1;
    day = addDays(day, -1);
  }
  return length;
}

/** The streak line, or "" when there is no streak to show. */
export function streakText(length) {
  return length > 0 ? `已连续复习 ${length} 天` : "";
}

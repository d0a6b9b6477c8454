/* Spaced review: when each answered item comes back, by the Leitner system (five boxes).
 * Pure: every function takes "now" as an argument, so tests can move the clock.
 *
 * A right answer moves the item up one box, a wrong one sends it back to box 1; an item is due
 * again LEITNER_INTERVALS[box - 1] calendar days after the day it was answered. Days are the
 * learner's local calendar days, stored as "YYYY-MM-DD", so "today" means their today. */

export const LEITNER_INTERVALS = [1, 3, 7, 14, 30];
export const TOP_BOX = LEITNER_INTERVALS.length;
/** How many due items one 今日复习 session holds at most. */
export const SESSION_CAP = 20;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 24 * 60 * 60 * 1000;

/** The local calendar day of `now` (a Date or milliseconds) as "YYYY-MM-DD". */
export function localDay(now) {
  const date = new Date(now);
  const pad = (number) => String(number).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A "YYYY-MM-DD" that names a real day between 2000 and 2199, else null. */
export function validDay(value) {
  const match = typeof value === "string" ? DAY.exec(value) : null;
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 2000 && year < 2200 ? value : null;
}

/** The day `days` calendar days after `day`. */
export function addDays(day, days) {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, date) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Days from `from` to `to` (both "YYYY-MM-DD"); negative when `to` is earlier. */
export function daysBetween(from, to) {
  const parse = (day) => {
    const [year, month, date] = day.split("-").map(Number);
    return Date.UTC(year, month - 1, date);
  };
  return Math.round((parse(to) - parse(from)) / MS_PER_DAY);
}

/** The schedule after answering: {box, last, due}. `entry` is null for a first answer: a new
 * item starts in box 1, so a first right answer moves it to box 2. */
export function reschedule(entry, correct, now) {
  const today = localDay(now);
  const box = correct ? Math.min((entry ? entry.box : 1) + 1, TOP_BOX) : 1;
  return { box, last: today, due: addDays(today, LEITNER_INTERVALS[box - 1]) };
}

/** A stored schedule entry made meaningful, or null when it cannot be one (then it is dropped). */
export function cleanSchedule(raw) {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return null;
  const box = Number.isInteger(raw.box) && raw.box >= 1 && raw.box <= TOP_BOX ? raw.box : null;
  const last = validDay(raw.last);
  const due = validDay(raw.due);
  if (box === null || last === null || due === null) return null;
  // A due date never lies further out than its box allows; a later one is clamped.
  const latest = addDays(last, LEITNER_INTERVALS[box - 1]);
  return { box, last, due: due > latest ? latest : due < last ? last : due };
}

/** Whether the item is due on the day of `now` (due today or overdue). */
export function isDue(entry, now) {
  return entry.due <= localDay(now);
}

/** The schedules of the learner's items, by item id (items without one are left out); `progress`
 * is normalised (progress/quiz-format.js), so every record is the item's own. */
export function schedulesOf(progress) {
  const schedules = Object.create(null);
  for (const id of Object.keys(progress.items)) {
    const schedule = progress.items[id].schedule;
    if (schedule) schedules[id] = schedule;
  }
  return schedules;
}

/** Ids of the due items (those `exists` accepts), most overdue first, ties by id. */
export function dueIds(schedules, now, exists = () => true) {
  const today = localDay(now);
  return Object.keys(schedules)
    .filter((id) => exists(id) && schedules[id].due <= today)
    .sort((a, b) => schedules[a].due.localeCompare(schedules[b].due) || a.localeCompare(b));
}

/** The first day after today on which something falls due, or null when nothing is scheduled. */
export function nextDueDay(schedules, now, exists = () => true) {
  const today = localDay(now);
  const later = Object.keys(schedules)
    .filter((id) => exists(id) && schedules[id].due > today)
    .map((id) => schedules[id].due)
    .sort();
  return later.length ? later[0] : null;
}

/** A schedule for an item stored before spaced review existed: as if answered on its stored date. */
export function scheduleFromAnswer(item) {
  const answered = typeof item.answeredAt === "string" ? Date.parse(item.answeredAt) : NaN;
  if (!Number.isFinite(answered)) return null;
  return reschedule(null, item.lastCorrect === true, answered);
}

/** "今天" / "明天" / "后天" / "N 天后（M 月 D 日）" for a due day seen from `now`. */
export function describeDay(day, now) {
  const days = daysBetween(localDay(now), day);
  if (days <= 0) return "今天";
  if (days === 1) return "明天";
  if (days === 2) return "后天";
  const [, month, date] = day.split("-").map(Number);
  return `${days} 天后（${month} 月 ${date} 日）`;
}

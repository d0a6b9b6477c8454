/* 做题进度 as the browser stores it: its shape, its versions and the rules that keep every
 * value meaningful. Pure: no DOM, no localStorage (see quiz-storage.js for that). */

import { dict, isObject, own } from "../safe-map.js";
import { cleanSchedule, scheduleFromAnswer } from "../schedule.js";

export const STORAGE_VERSION = 3;
export const APP_ID = "sales-kb-progress";
export const MAX_ANSWER_LENGTH = 200;
const MAX_ID_LENGTH = 200;
const MAX_COUNT = 1000000;

export function emptyProgress() {
  return { version: STORAGE_VERSION, banks: dict(), items: dict() };
}

/** A stored answer is a list of strings of at most 200 characters. How many strings an item
 * takes is the item's own (its answer key's `parts`): see fitsItem. */
export function isAnswer(value) {
  return Array.isArray(value) && value.every((part) => typeof part === "string" && part.length <= MAX_ANSWER_LENGTH);
}

/** Whether `answer` is an answer with no more strings than the item of `key` takes (`key.parts`). */
export function fitsItem(answer, key) {
  return isAnswer(answer) && isObject(key) && Number.isInteger(key.parts) && answer.length <= key.parts;
}

function isId(value) {
  return typeof value === "string" && value.length > 0 && value.length <= MAX_ID_LENGTH;
}

/** A whole number from 0 to `max`, or null when the value means nothing as a count. */
export function count(value, max = MAX_COUNT) {
  return Number.isInteger(value) && value >= 0 && value <= max ? value : null;
}

/** An ISO timestamp between 2000 and 2200, or null. */
export function timestamp(value) {
  if (typeof value !== "string" || value.length > 40) return null;
  const time = Date.parse(value);
  return time >= Date.UTC(2000, 0, 1) && time < Date.UTC(2200, 0, 1) ? value : null;
}

/** Copies the own entries of `source` that `clean` accepts; `report.dropped` counts the rest. */
function cleanMap(source, clean, report) {
  const map = dict();
  if (!isObject(source)) {
    if (source !== undefined) report.dropped += 1;
    return map;
  }
  for (const id of Object.keys(source)) {
    const value = isId(id) ? clean(source[id]) : null;
    if (value === null) report.dropped += 1;
    else map[id] = value;
  }
  return map;
}

function cleanCurrent(current, report) {
  if (!isObject(current)) return { answers: dict(), checked: dict(), finished: false };
  return {
    answers: cleanMap(current.answers, (answer) => (isAnswer(answer) ? answer.slice() : null), report),
    checked: cleanMap(current.checked, (flag) => (flag === true ? true : null), report),
    finished: current.finished === true,
  };
}

/** One bank's record with every number clamped to its meaning (a best score is at most the total). */
export function cleanBank(bank, report = { dropped: 0 }) {
  if (!isObject(bank)) return null;
  const total = count(bank.total, 10000) ?? 0;
  const limit = total || 10000;
  return {
    total,
    bestCorrect: count(bank.bestCorrect, limit),
    lastCorrect: count(bank.lastCorrect, limit),
    lastAttemptAt: timestamp(bank.lastAttemptAt),
    attempts: count(bank.attempts) ?? 0,
    current: cleanCurrent(bank.current, report),
  };
}

/** The first answer ever given to an item: {answer, correct, at}; null when not known (answered
 * before version 3 kept it) or broken. */
export function cleanFirst(first) {
  if (!isObject(first) || !isAnswer(first.answer)) return null;
  return { answer: first.answer.slice(), correct: first.correct === true, at: timestamp(first.at) };
}

/** One item's record, or null when it names no bank or holds no valid answer. A date that
 * means nothing (unparsable, before 2000 or after 2200) is dropped and counted in
 * `report.dates`; the rest of the record is kept. */
export function cleanItem(item, report = { dates: 0 }) {
  if (!isObject(item) || !isId(item.bank) || !isAnswer(item.lastAnswer)) return null;
  for (const field of ["answeredAt", "missedAt"]) {
    if (item[field] !== undefined && item[field] !== null && timestamp(item[field]) === null) report.dates = (report.dates || 0) + 1;
  }
  return {
    bank: item.bank,
    lastAnswer: item.lastAnswer.slice(),
    lastCorrect: item.lastCorrect === true,
    answeredAt: timestamp(item.answeredAt),
    missedAt: timestamp(item.missedAt),
    inReview: item.inReview === true,
    streak: count(item.streak, 1000) ?? 0,
    schedule: cleanSchedule(item.schedule),
    first: cleanFirst(item.first),
    attempts: count(item.attempts),
  };
}

/* How to bring stored data of an older format version up to date: MIGRATIONS[n] turns
 * version n into version n + 1. Version 2 added spaced review: an item answered under version 1
 * gets the schedule it would have had, as if answered on its stored date. */
function withScheduleFromAnswer(items) {
  if (!isObject(items)) return items;
  const migrated = dict();
  for (const id of Object.keys(items)) {
    const item = items[id];
    migrated[id] = isObject(item) && item.schedule === undefined ? { ...item, schedule: migratedSchedule(item) } : item;
  }
  return migrated;
}

/* Only a date cleanItem would keep gets a schedule: one far in the future (year 275760) would
 * throw in date arithmetic and, uncaught, make the whole store unreadable. Any other failure
 * costs this one item its schedule, never the rest. */
function migratedSchedule(item) {
  if (timestamp(item.answeredAt) === null) return null;
  try {
    return scheduleFromAnswer(item);
  } catch (error) {
    return null;
  }
}

/* Version 3 keeps, per item, the first answer (answer, right or wrong, date) and how many times
 * it was answered: a trainer's statistics rest on first attempts. Nothing older recorded them,
 * so a version-2 item gets first: null and attempts: null, "not known", never a made-up value;
 * every other field is kept as it was. (Version 3 is also when progress got per-site keys and
 * export files their `site`: browser-storage.js, export-file.js.) */
function withFirstUnknown(items) {
  if (!isObject(items)) return items;
  const migrated = dict();
  for (const id of Object.keys(items)) {
    const item = items[id];
    migrated[id] = isObject(item) ? { ...item, first: null, attempts: null } : item;
  }
  return migrated;
}

export const MIGRATIONS = {
  1: (data) => ({ ...data, version: 2, items: withScheduleFromAnswer(data.items) }),
  2: (data) => ({ ...data, version: 3, items: withFirstUnknown(data.items) }),
};

export function migrate(data, migrations = MIGRATIONS) {
  let current = data;
  while (isObject(current) && Number.isInteger(current.version) && current.version < STORAGE_VERSION &&
    own(migrations, current.version)) {
    current = migrations[current.version](current);
  }
  return current;
}

/**
 * Turns stored data of any age into the current shape.
 * Returns {progress, status, ignoredDates}: status "ok", "partial" (some records dropped), "newer"
 * (a later version wrote it), "older" (a version no migration reaches) or "unreadable";
 * ignoredDates counts the dates that meant nothing and were dropped from records kept.
 */
export function normaliseProgress(data, migrations = MIGRATIONS) {
  const migrated = migrate(data, migrations);
  if (!isObject(migrated) || !Number.isInteger(migrated.version)) return { progress: emptyProgress(), status: "unreadable" };
  if (migrated.version > STORAGE_VERSION) return { progress: emptyProgress(), status: "newer" };
  if (migrated.version < STORAGE_VERSION) return { progress: emptyProgress(), status: "older" };
  const report = { dropped: 0, dates: 0 };
  const progress = emptyProgress();
  progress.banks = cleanMap(migrated.banks, (bank) => cleanBank(bank, report), report);
  progress.items = cleanMap(migrated.items, (item) => cleanItem(item, report), report);
  return { progress, status: report.dropped ? "partial" : "ok", ignoredDates: report.dates };
}

/** Parses stored text; a missing value is empty progress, not a problem. */
export function parseStored(text) {
  if (text === null || text === undefined) return { progress: emptyProgress(), status: "ok" };
  try {
    return normaliseProgress(JSON.parse(text));
  } catch (error) {
    return { progress: emptyProgress(), status: "unreadable" };
  }
}

export function hasRecords(progress) {
  return Object.keys(progress.items).length > 0 || Object.keys(progress.banks).length > 0;
}

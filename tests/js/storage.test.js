/* Stored progress: normalisation, migration, clamping and what answering records. */

import { cleanFirstPlay, withFirstChoice } from "../assets/kb/first-play.js";
import { bankProgress, finishAttempt, missedItems, recordAnswer } from "../assets/kb/progress/quiz-records.js";
import { MIGRATIONS, STORAGE_VERSION, emptyProgress, fitsItem, migrate, normaliseProgress, parseStored } from "../assets/kb/progress/quiz-format.js";
import { own } from "../assets/kb/safe-map.js";
import { assert, assertEqual, test } from "./harness.js";

const NOW = "2026-11-29T10:00:00.000Z";

const SCHEDULE = { box: 1, last: "2026-11-29", due: "2026-11-30" };

function item(extra = {}) {
  return { bank: "b", lastAnswer: ["a"], lastCorrect: false, answeredAt: NOW, missedAt: NOW, inReview: true, streak: 0,
    schedule: SCHEDULE, ...extra };
}

test("valid progress comes back unchanged and ok", () => {
  const data = { version: STORAGE_VERSION, banks: { b: { total: 3, bestCorrect: 2, lastCorrect: 1, lastAttemptAt: NOW, attempts: 2,
    current: { answers: { x: ["a"] }, checked: { x: true }, finished: false } } },
    items: { x: item({ first: { answer: ["b"], correct: true, at: NOW }, attempts: 2 }) } };
  const { progress, status } = normaliseProgress(JSON.parse(JSON.stringify(data)));
  assertEqual(status, "ok");
  assertEqual(JSON.parse(JSON.stringify(progress)), data);
});

test("ids named like Object members are ordinary keys (P3-2, P3-3)", () => {
  const text = '{"version":1,"banks":{"constructor":{"total":2}},"items":{"__proto__":' + JSON.stringify(item()) +
    ',"constructor":' + JSON.stringify(item()) + ',"toString":' + JSON.stringify(item()) + "}}";
  const { progress, status } = parseStored(text);
  assertEqual(status, "ok");
  assertEqual(Object.keys(progress.items).sort(), ["__proto__", "constructor", "toString"]);
  assertEqual(own(progress.banks, "constructor").total, 2);
  assertEqual(own(progress.items, "hasOwnProperty"), undefined);
  assertEqual(({}).bank, undefined, "nothing leaked onto Object.prototype");
});

test("recording an answer for an item called constructor touches only that record (P3-3)", () => {
  const progress = emptyProgress();
  recordAnswer(progress, { bankId: "site-visits", itemId: "constructor", answer: ["true"], correct: false, now: NOW });
  assertEqual(own(progress.items, "constructor").bank, "site-visits");
  assertEqual(Object.bank, undefined);
  assertEqual(missedItems(progress), ["constructor"]);
  const bank = bankProgress(progress, "constructor", 2);
  assertEqual(bank.total, 2);
});

test("answers are lists of strings of at most 200 characters, as many as an item has", () => {
  const { progress, status } = normaliseProgress({ version: 1, banks: {}, items: {
    ok: item({ lastAnswer: ["x".repeat(200)] }),
    many: item({ lastAnswer: ["a", "b", "c", "d", "e", "f", "g", "h", "i"] }),
    long: item({ lastAnswer: ["x".repeat(201)] }),
    number: item({ lastAnswer: [1] }),
  } });
  assertEqual(Object.keys(progress.items), ["ok", "many"], "no type's size is a limit of storage");
  assertEqual(status, "partial");
});

test("whether an answer fits an item is the item's answer key's to say (parts)", () => {
  const nine = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
  assertEqual(fitsItem(nine, { kind: "categorise", parts: 9 }), true);
  assertEqual(fitsItem(nine, { kind: "matching", parts: 8 }), false);
  assertEqual(fitsItem(["a"], { kind: "single" }), false, "a key without parts fits nothing");
  assertEqual(fitsItem([1], { kind: "single", parts: 1 }), false, "an answer holds strings");
});

test("numbers are clamped to their meaning (P3-8)", () => {
  const { progress } = normaliseProgress({ version: 1, items: { x: item({ streak: -4 }) }, banks: {
    b: { total: 10, bestCorrect: 1e308, lastCorrect: -1, attempts: 2.5, lastAttemptAt: "+275760-09-13T00:00:00.000Z" } } });
  const bank = own(progress.banks, "b");
  assertEqual([bank.bestCorrect, bank.lastCorrect, bank.attempts, bank.lastAttemptAt], [null, null, 0, null]);
  assertEqual(own(progress.items, "x").streak, 0);
  const stored = normaliseProgress({ version: 1, items: {}, banks: { b: { total: 5, bestCorrect: 4 } } }).progress;
  assertEqual(bankProgress(stored, "b", 3).bestCorrect, 3, "a bank that shrank keeps a best score within its total");
});

test("unreadable, newer and older data are reported, not silently used (P3-6)", () => {
  assertEqual(parseStored("{not json").status, "unreadable");
  assertEqual(parseStored("[1]").status, "unreadable");
  assertEqual(parseStored('{"version": 99, "banks": {}}').status, "newer");
  assertEqual(parseStored('{"version": 0, "banks": {}, "items": {}}').status, "older");
  assertEqual(parseStored(null).status, "ok", "no stored progress is no problem");
  assertEqual(parseStored('{"version":1,"banks":{"basics":7},"items":{"x":{"bank":3}}}').status, "partial");
});

test("version 1 progress gets a schedule as if each item was answered on its stored date", () => {
  const answeredAt = new Date(2026, 10, 20, 15, 0).toISOString();
  const v1 = { version: 1, banks: {}, items: { right: item({ schedule: undefined, answeredAt, lastCorrect: true }),
    wrong: item({ schedule: undefined, answeredAt }), never: item({ schedule: undefined, answeredAt: null }) } };
  const { progress, status } = normaliseProgress(JSON.parse(JSON.stringify(v1)));
  assertEqual(status, "ok");
  assertEqual(progress.version, STORAGE_VERSION);
  assertEqual(own(progress.items, "right").schedule, { box: 2, last: "2026-11-20", due: "2026-11-23" });
  assertEqual(own(progress.items, "wrong").schedule, { box: 1, last: "2026-11-20", due: "2026-11-21" });
  assertEqual(own(progress.items, "never").schedule, null);
});

test("a corrupt schedule is dropped without losing the item's record", () => {
  const { progress } = normaliseProgress({ version: STORAGE_VERSION, banks: {}, items: { x: item({ schedule: { box: 9 } }) } });
  assertEqual(own(progress.items, "x").schedule, null);
  assertEqual(own(progress.items, "x").lastAnswer, ["a"]);
});

test("answering schedules the next review: right in 3 days, wrong tomorrow", () => {
  const progress = emptyProgress();
  const at = new Date(2026, 10, 30, 9, 0).toISOString();
  recordAnswer(progress, { bankId: "b", itemId: "r", answer: ["a"], correct: true, now: at });
  recordAnswer(progress, { bankId: "b", itemId: "w", answer: ["b"], correct: false, now: at });
  assertEqual(own(progress.items, "r").schedule, { box: 2, last: "2026-11-30", due: "2026-12-03" });
  assertEqual(own(progress.items, "w").schedule, { box: 1, last: "2026-11-30", due: "2026-12-01" });
});

test("migrations bring older versions up one step at a time", () => {
  const migrations = { ...MIGRATIONS, 0: (data) => ({ ...data, version: 1, items: data.records }) };
  const migrated = migrate({ version: 0, records: { x: item() } }, migrations);
  assertEqual(migrated.version, STORAGE_VERSION);
  const { progress, status } = normaliseProgress({ version: 0, banks: {}, records: { x: item() } }, migrations);
  assertEqual(status, "ok");
  assert(own(progress.items, "x"), "the migrated record is kept");
});

test("two right answers in a row take an item out of the 错题本", () => {
  const progress = emptyProgress();
  recordAnswer(progress, { bankId: "b", itemId: "x", answer: ["a"], correct: false, now: NOW });
  recordAnswer(progress, { bankId: "b", itemId: "x", answer: ["b"], correct: true, now: NOW });
  assertEqual(missedItems(progress), ["x"]);
  recordAnswer(progress, { bankId: "b", itemId: "x", answer: ["b"], correct: true, now: NOW });
  assertEqual(missedItems(progress), []);
});

test("a finished attempt counts once and keeps the best score", () => {
  const progress = emptyProgress();
  const bank = bankProgress(progress, "b", 3);
  finishAttempt(bank, 2, NOW);
  finishAttempt(bank, 3, NOW);
  assertEqual([bank.attempts, bank.bestCorrect, bank.lastCorrect], [1, 2, 2]);
});

test("one far-future date in version-1 data costs that item its schedule, not the store (#5)", () => {
  const v1 = { version: 1, banks: {}, items: { ok: item({ schedule: undefined }), far: item({ schedule: undefined,
    answeredAt: "+275760-09-13T00:00:00.000Z", missedAt: "+275760-09-13T00:00:00.000Z" }) } };
  const { progress, status, ignoredDates } = parseStored(JSON.stringify(v1));
  assertEqual(status, "ok");
  assertEqual(Object.keys(progress.items), ["ok", "far"]);
  assertEqual(own(progress.items, "far").schedule, null);
  assertEqual(own(progress.items, "far").answeredAt, null);
  assert(own(progress.items, "ok").schedule, "the other item keeps its schedule");
  assertEqual(ignoredDates, 2);
});

test("version 2 progress migrates to version 3 with nothing lost: first attempt and count not known (issue 33)", () => {
  const v2 = { version: 2, banks: { b: { total: 3, bestCorrect: 2, lastCorrect: 1, lastAttemptAt: NOW, attempts: 2,
    current: { answers: { x: ["a"] }, checked: { x: true }, finished: false } } },
    items: { x: item(), y: item({ lastCorrect: true, inReview: false, streak: 2, schedule: { box: 3, last: "2026-11-29", due: "2026-12-06" } }) } };
  const { progress, status } = normaliseProgress(JSON.parse(JSON.stringify(v2)));
  assertEqual(status, "ok");
  assertEqual(progress.version, 3);
  const kept = JSON.parse(JSON.stringify(progress));
  assertEqual(kept.banks, v2.banks, "banks as they were");
  for (const id of ["x", "y"]) {
    assertEqual(kept.items[id], { ...v2.items[id], first: null, attempts: null }, id + ": every field kept, first unknown");
  }
  const v1 = normaliseProgress({ version: 1, banks: {}, items: { x: item({ schedule: undefined }) } });
  assertEqual([v1.status, own(v1.progress.items, "x").first, own(v1.progress.items, "x").attempts], ["ok", null, null],
    "version 1 goes through 2 to 3");
});

test("the first answer to an item is kept and every answer counted; an item from before keeps them unknown (issue 33)", () => {
  const progress = emptyProgress();
  const later = "2026-11-30T10:00:00.000Z";
  recordAnswer(progress, { bankId: "b", itemId: "x", answer: ["a"], correct: false, now: NOW });
  recordAnswer(progress, { bankId: "b", itemId: "x", answer: ["b"], correct: true, now: later });
  const x = own(progress.items, "x");
  assertEqual(x.first, { answer: ["a"], correct: false, at: NOW });
  assertEqual([x.attempts, x.lastAnswer, x.answeredAt], [2, ["b"], later]);
  const old = normaliseProgress({ version: 2, banks: {}, items: { y: item() } }).progress;
  recordAnswer(old, { bankId: "b", itemId: "y", answer: ["b"], correct: true, now: later });
  assertEqual([own(old.items, "y").first, own(old.items, "y").attempts], [null, null], "not made up after the fact");
  const stored = normaliseProgress(JSON.parse(JSON.stringify(progress))).progress;
  assertEqual(own(stored.items, "x").first, { answer: ["a"], correct: false, at: NOW }, "survives storage");
  const broken = normaliseProgress({ version: 3, banks: {}, items: { z: item({ first: { answer: "a" }, attempts: -1 }) } }).progress;
  assertEqual([own(broken.items, "z").first, own(broken.items, "z").attempts], [null, null]);
});

test("a scenario's first play keeps the first choice at each step, until its first ending (issue 33)", () => {
  let first = null;
  first = withFirstChoice(first, { node: "open", choice: "a" }, true, false);
  first = withFirstChoice(first, { node: "open", choice: "b" }, true, false); // stepped back, chose again
  first = withFirstChoice(first, { node: "price", choice: "c" }, true, true);
  assertEqual(first, { path: [{ node: "open", choice: "a" }, { node: "price", choice: "c" }], finished: true });
  assertEqual(withFirstChoice(first, { node: "open", choice: "z" }, true, true), first, "a second play changes nothing");
  assertEqual(withFirstChoice(null, { node: "price", choice: "c" }, false, true), null, "a replay from a step is not a first play");
  assertEqual(cleanFirstPlay({ path: [{ node: "open", choice: "a" }, { node: "open", choice: "b" }, { node: 7 }], finished: "yes" }),
    { path: [{ node: "open", choice: "a" }], finished: false });
  assertEqual(cleanFirstPlay("x"), null);
});

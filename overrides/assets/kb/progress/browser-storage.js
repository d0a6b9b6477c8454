/* The browser's localStorage for every kind of stored progress (做题进度, 情景演练), and the
 * rules they share.
 *
 * Keys belong to one site: `kb-quiz-progress#/sales-kb/` holds the 做题进度 of the site served
 * at /sales-kb/ (site.js), so knowledge bases sharing an origin never read, replace or clear each
 * other's progress. A URL path never holds "#", so no site's keys start with another's.
 * Progress stored before keys carried the site (`kb-quiz-progress`, `kb-scenario-progress`) is
 * copied to this site's keys the first time this site finds none of its own; the old key is left
 * as it was, for any other site on the origin that stored its progress there too.
 *
 * Stored data that cannot be read is copied aside under `<key>#aside#<time>` before a fresh
 * start, and when no copy fits it stays where it is and nothing is written over it until the
 * learner exports or discards it (views/notice.js). */

import { SITE_PATH } from "../site.js";

/** The keys used before progress belonged to a site, shared by every site on an origin. */
export const LEGACY_KEYS = ["kb-quiz-progress", "kb-scenario-progress"];

/** The key of one kind of progress (a LEGACY_KEYS name) of the site at `sitePath`. */
export function siteKey(name, sitePath) {
  return name + "#" + sitePath;
}

/** This site's keys: [做题进度, 情景演练]. */
export const PROGRESS_KEYS = LEGACY_KEYS.map((name) => siteKey(name, SITE_PATH));

/** The prefix under which unreadable data of `key` is kept. */
export function asidePrefix(key) {
  return key + "#aside#";
}

/* Copies set aside under the shared keys, before keys carried the site: still offered. */
const LEGACY_ASIDE_PREFIXES = LEGACY_KEYS.map((key) => key + "-aside-");

function isAsideKey(key) {
  return PROGRESS_KEYS.map(asidePrefix).concat(LEGACY_ASIDE_PREFIXES).some((prefix) => key.startsWith(prefix));
}

export function browserStorage() {
  try {
    return window.localStorage;
  } catch (error) {
    return null;
  }
}

/**
 * The value stored under `key`; when there is none, the value under `legacyKey` (progress stored
 * before keys carried the site), copied to `key` so that it is this site's from now on.
 * Nothing is lost: the legacy value stays, and when the copy does not fit it is still returned.
 */
export function readMigrating(store, key, legacyKey) {
  const raw = store.getItem(key);
  if (raw !== null) return raw;
  const legacy = store.getItem(legacyKey);
  if (legacy === null) return null;
  try {
    store.setItem(key, legacy);
  } catch (error) {
    // Storage full: read the old value this time; the next write will say whether it fits.
  }
  return legacy;
}

/* Keys whose unreadable data could not be copied aside (storage full): left in place, not written. */
const held = new Set();

/** Every copy kept aside, and every unreadable value held in place, oldest first: [{key, value}]. */
export function asideRecords() {
  const store = browserStorage();
  if (!store) return [];
  const records = [...held].map((key) => ({ key, value: store.getItem(key) }));
  for (let index = 0; index < store.length; index += 1) {
    const key = store.key(index);
    if (key && isAsideKey(key)) records.push({ key, value: store.getItem(key) });
  }
  return records.sort((a, b) => a.key.localeCompare(b.key));
}

/** Sets aside the unreadable `raw` value of `key` (once per distinct value). True when the caller
 * may start afresh under `key`; false when it must not write there (the value is held). */
export function setAside(store, key, raw) {
  const prefix = asidePrefix(key);
  if (asideRecords().some((record) => record.key.startsWith(prefix) && record.value === raw)) return true;
  try {
    store.setItem(prefix + new Date().toISOString(), raw);
    return true;
  } catch (error) {
    held.add(key);
    return false;
  }
}

/** Deletes one copy kept aside, or an unreadable value held in place. */
export function discardAside(key) {
  const store = browserStorage();
  if (!store) return;
  if (isAsideKey(key)) store.removeItem(key);
  if (held.has(key)) {
    store.removeItem(key);
    held.delete(key);
  }
}

/**
 * Writes one {key, value} (quiz-storage.js progressEntry, scenario-storage.js scenarioEntry). True
 * when stored; false when there is no storage, the browser refused (quota, private mode), or `key`
 * holds unreadable data that could not be set aside (it is never written over).
 */
export function writeOne(store, entry) {
  if (!store || held.has(entry.key)) return false;
  try {
    store.setItem(entry.key, entry.value);
    return true;
  } catch (error) {
    return false;
  }
}

/**
 * Writes every {key, value} of `entries` or none of them: when one write fails (storage full),
 * each key written so far gets its earlier value back. Returns "ok", "unchanged" (refused, every
 * key as before) or "broken" (refused, and an earlier value could not be put back).
 */
export function writeAll(store, entries) {
  if (!store || entries.some((entry) => held.has(entry.key))) return "unchanged";
  const before = entries.map((entry) => ({ key: entry.key, value: store.getItem(entry.key) }));
  for (let index = 0; index < entries.length; index += 1) {
    try {
      store.setItem(entries[index].key, entries[index].value);
    } catch (error) {
      return restore(store, before.slice(0, index)) ? "unchanged" : "broken";
    }
  }
  return "ok";
}

function restore(store, before) {
  let restored = true;
  for (const { key, value } of before.reverse()) {
    try {
      if (value === null) store.removeItem(key);
      else store.setItem(key, value);
    } catch (error) {
      restored = false;
    }
  }
  return restored;
}

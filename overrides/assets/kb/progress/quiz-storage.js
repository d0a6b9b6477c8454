/* Reads and writes 做题进度 in localStorage, under this site's key. Progress that cannot be read
 * is kept aside under another key, never overwritten, so the learner can still export it
 * (browser-storage.js). */

import { LEGACY_KEYS, PROGRESS_KEYS, browserStorage, readMigrating, setAside, writeOne } from "./browser-storage.js";
import { parseStored } from "./quiz-format.js";

export const STORAGE_KEY = PROGRESS_KEYS[0];

/** The stored progress, normalised. Unreadable, newer or partly broken data goes aside first. */
export function readProgress() {
  const store = browserStorage();
  if (!store) return parseStored(null).progress;
  const raw = readMigrating(store, STORAGE_KEY, LEGACY_KEYS[0]);
  const { progress, status } = parseStored(raw);
  if (status === "ok") return progress;
  if (setAside(store, STORAGE_KEY, raw)) writeProgress(progress);
  return progress;
}

/** What writing `progress` stores: {key, value} (browser-storage.js writeAll). */
export function progressEntry(progress) {
  return { key: STORAGE_KEY, value: JSON.stringify(progress) };
}

/** Stores progress; returns false when the browser refused (quota, private mode). */
export function writeProgress(progress) {
  return writeOne(browserStorage(), progressEntry(progress));
}

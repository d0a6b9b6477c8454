/* Reads and writes progress in localStorage. Progress that cannot be read is kept aside under
 * another key, never overwritten, so the learner can still export it. */

import { parseStored } from "./storage.js";

export const STORAGE_KEY = "kb-quiz-progress";
export const ASIDE_PREFIX = "kb-quiz-progress-aside-";

function storage() {
  try {
    return window.localStorage;
  } catch (error) {
    return null;
  }
}

/* Set when unreadable progress could not be copied aside (storage full): the original then
 * stays under STORAGE_KEY, and nothing is written over it until the learner decides. */
let unmovable = false;

/** Every stored value kept aside, oldest first: [{key, value}]. */
export function asideRecords() {
  const store = storage();
  if (!store) return [];
  const records = unmovable ? [{ key: STORAGE_KEY, value: store.getItem(STORAGE_KEY) }] : [];
  for (let index = 0; index < store.length; index += 1) {
    const key = store.key(index);
    if (key && key.startsWith(ASIDE_PREFIX)) records.push({ key, value: store.getItem(key) });
  }
  return records.sort((a, b) => a.key.localeCompare(b.key));
}

/** Copies `value` to a new aside key (once per distinct value); false when storage refused. */
function keepAside(store, value) {
  if (asideRecords().some((record) => record.value === value)) return true;
  try {
    store.setItem(ASIDE_PREFIX + new Date().toISOString(), value);
    return true;
  } catch (error) {
    return false;
  }
}

export function discardAside(key) {
  const store = storage();
  if (!store) return;
  if (key.startsWith(ASIDE_PREFIX)) store.removeItem(key);
  if (key === STORAGE_KEY && unmovable) {
    store.removeItem(STORAGE_KEY);
    unmovable = false;
  }
}

/** The stored progress, normalised. Unreadable, newer or partly broken data goes aside first. */
export function readProgress() {
  const store = storage();
  if (!store) return parseStored(null).progress;
  const raw = store.getItem(STORAGE_KEY);
  const { progress, status } = parseStored(raw);
  if (status === "ok") return progress;
  if (keepAside(store, raw)) writeProgress(progress);
  else unmovable = true;
  return progress;
}

/** Stores progress; returns false when the browser refused (quota, private mode). */
export function writeProgress(progress) {
  const store = storage();
  if (!store || unmovable) return false;
  try {
    store.setItem(STORAGE_KEY, JSON.stringify(progress));
    return true;
  } catch (error) {
    return false;
  }
}

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

/** Every stored value kept aside, oldest first: [{key, value}]. */
export function asideRecords() {
  const store = storage();
  if (!store) return [];
  const records = [];
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
  if (store && key.startsWith(ASIDE_PREFIX)) store.removeItem(key);
}

/** The stored progress, normalised. Unreadable, newer or partly broken data goes aside first. */
export function readProgress() {
  const store = storage();
  if (!store) return parseStored(null).progress;
  const raw = store.getItem(STORAGE_KEY);
  const { progress, status } = parseStored(raw);
  if (status !== "ok" && keepAside(store, raw)) writeProgress(progress);
  return progress;
}

/** Stores progress; returns false when the browser refused (quota, private mode). */
export function writeProgress(progress) {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(STORAGE_KEY, JSON.stringify(progress));
    return true;
  } catch (error) {
    return false;
  }
}

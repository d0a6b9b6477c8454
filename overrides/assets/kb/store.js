/* Reads and writes 做题进度 in localStorage. Progress that cannot be read is kept aside under
 * another key, never overwritten, so the learner can still export it (local-store.js). */

import { browserStorage, isHeld, PROGRESS_KEYS, setAside } from "./local-store.js";
import { parseStored } from "./storage.js";

const STORAGE_KEY = PROGRESS_KEYS[0];

/** The stored progress, normalised. Unreadable, newer or partly broken data goes aside first. */
export function readProgress() {
  const store = browserStorage();
  if (!store) return parseStored(null).progress;
  const raw = store.getItem(STORAGE_KEY);
  const { progress, status } = parseStored(raw);
  if (status === "ok") return progress;
  if (setAside(store, STORAGE_KEY, raw)) writeProgress(progress);
  return progress;
}

/** Stores progress; returns false when the browser refused (quota, private mode). */
export function writeProgress(progress) {
  const store = browserStorage();
  if (!store || isHeld(STORAGE_KEY)) return false;
  try {
    store.setItem(STORAGE_KEY, JSON.stringify(progress));
    return true;
  } catch (error) {
    return false;
  }
}

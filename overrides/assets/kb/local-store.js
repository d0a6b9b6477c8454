/* The browser's localStorage for every kind of stored progress (做题进度, 情景演练), and the one
 * rule they share: stored data that cannot be read is copied aside under `<key>-aside-<time>`
 * before a fresh start, and when no copy fits it stays where it is and nothing is written over it
 * until the learner exports or discards it (views/notice.js). */

export const PROGRESS_KEYS = ["kb-quiz-progress", "kb-scenario-progress"];

/** The prefix under which unreadable data of `key` is kept. */
export function asidePrefix(key) {
  return key + "-aside-";
}

export function browserStorage() {
  try {
    return window.localStorage;
  } catch (error) {
    return null;
  }
}

/* Keys whose unreadable data could not be copied aside (storage full): left in place, not written. */
const held = new Set();

/** True while `key` holds unreadable data that could not be copied aside. */
export function isHeld(key) {
  return held.has(key);
}

/** Every copy kept aside, and every unreadable value held in place, oldest first: [{key, value}]. */
export function asideRecords() {
  const store = browserStorage();
  if (!store) return [];
  const records = [...held].map((key) => ({ key, value: store.getItem(key) }));
  const prefixes = PROGRESS_KEYS.map(asidePrefix);
  for (let index = 0; index < store.length; index += 1) {
    const key = store.key(index);
    if (key && prefixes.some((prefix) => key.startsWith(prefix))) records.push({ key, value: store.getItem(key) });
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
  if (PROGRESS_KEYS.some((progressKey) => key.startsWith(asidePrefix(progressKey)))) store.removeItem(key);
  if (held.has(key)) {
    store.removeItem(key);
    held.delete(key);
  }
}

/* Where 情景演练 progress lives in this browser: one record per scenario, under this site's key.
 * Stored data that cannot be read is kept aside (never overwritten) before a fresh start. */

import { LEGACY_KEYS, PROGRESS_KEYS, browserStorage, readMigrating, setAside, writeOne } from "./browser-storage.js";

export const SCENARIO_KEY = PROGRESS_KEYS[1];
const VERSION = 1;

/** Every scenario's raw record, by scenario id (a prototype-free map); {} when nothing is stored. */
export function readScenarioRecords() {
  const records = Object.create(null);
  const store = browserStorage();
  const raw = store ? readMigrating(store, SCENARIO_KEY, LEGACY_KEYS[1]) : null;
  if (raw === null) return records;
  let data = null;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    data = null;
  }
  if (!data || typeof data !== "object" || data.version !== VERSION || typeof data.scenarios !== "object" || !data.scenarios) {
    // Emptied rather than removed: a missing key would copy the pre-site key in again.
    if (setAside(store, SCENARIO_KEY, raw)) writeScenarioRecords(records);
    return records;
  }
  for (const id of Object.keys(data.scenarios)) records[id] = data.scenarios[id];
  return records;
}

/** Stores one scenario's record; false when the browser refused (quota, private mode). */
export function writeScenarioRecord(id, record) {
  const records = readScenarioRecords();
  records[id] = record;
  return writeScenarioRecords(records);
}

/** What storing `records` writes: {key, value} (browser-storage.js writeAll). */
export function scenarioEntry(records) {
  return { key: SCENARIO_KEY, value: JSON.stringify({ version: VERSION, scenarios: records }) };
}

/** Replaces every scenario record (import, reset); false when the browser refused. */
export function writeScenarioRecords(records) {
  return writeOne(browserStorage(), scenarioEntry(records));
}

/* Where 情景演练 progress lives in this browser: one record per scenario under its own key.
 * Stored data that cannot be read is kept aside (never overwritten) before a fresh start. */

import { browserStorage, isHeld, PROGRESS_KEYS, setAside } from "./local-store.js";

const SCENARIO_KEY = PROGRESS_KEYS[1];
const VERSION = 1;

/** Every scenario's raw record, by scenario id (a prototype-free map); {} when nothing is stored. */
export function readScenarioRecords() {
  const records = Object.create(null);
  const store = browserStorage();
  const raw = store ? store.getItem(SCENARIO_KEY) : null;
  if (raw === null) return records;
  let data = null;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    data = null;
  }
  if (!data || typeof data !== "object" || data.version !== VERSION || typeof data.scenarios !== "object" || !data.scenarios) {
    if (setAside(store, SCENARIO_KEY, raw)) store.removeItem(SCENARIO_KEY);
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

/** Replaces every scenario record (import, reset); false when the browser refused. */
export function writeScenarioRecords(records) {
  const store = browserStorage();
  if (!store || isHeld(SCENARIO_KEY)) return false;
  try {
    store.setItem(SCENARIO_KEY, JSON.stringify({ version: VERSION, scenarios: records }));
    return true;
  } catch (error) {
    return false;
  }
}

/* Where 情景演练 progress lives in this browser: one record per scenario under its own key.
 * Stored data that cannot be read is kept aside (never overwritten) before a fresh start. */

export const SCENARIO_KEY = "kb-scenario-progress";
export const SCENARIO_ASIDE_PREFIX = "kb-scenario-progress-aside-";
const VERSION = 1;

function storage() {
  try {
    return window.localStorage;
  } catch (error) {
    return null;
  }
}

/** Every scenario's raw record, by scenario id (a prototype-free map); {} when nothing is stored. */
export function readScenarioRecords() {
  const records = Object.create(null);
  const store = storage();
  const raw = store ? store.getItem(SCENARIO_KEY) : null;
  if (raw === null) return records;
  let data = null;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    data = null;
  }
  if (!data || typeof data !== "object" || data.version !== VERSION || typeof data.scenarios !== "object" || !data.scenarios) {
    try {
      store.setItem(SCENARIO_ASIDE_PREFIX + new Date().toISOString(), raw);
      store.removeItem(SCENARIO_KEY);
    } catch (error) {
      /* Kept where it is: nothing is written over it while it cannot be set aside. */
    }
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
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(SCENARIO_KEY, JSON.stringify({ version: VERSION, scenarios: records }));
    return true;
  } catch (error) {
    return false;
  }
}

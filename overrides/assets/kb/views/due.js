/* "今天有 N 题要复习" where a learner looks (home page, quiz index): `[data-kb-due]` boxes hold a
 * link to 今日复习 and get the count from the stored schedules (items, and scenario steps). */

import { readScenarioRecords } from "../progress/scenario-storage.js";
import { existsOn } from "../site.js";
import { cleanSchedule, describeDay, dueIds, nextDueDay, schedulesOf } from "../schedule.js";
import { readProgress } from "../progress/quiz-storage.js";

/** The schedules of every scenario step the learner took, keyed "scenario/node". */
export function stepSchedules(records) {
  const schedules = Object.create(null);
  for (const id of Object.keys(records)) {
    const record = records[id];
    const steps = record && typeof record === "object" && record.schedule && typeof record.schedule === "object" ? record.schedule : {};
    for (const node of Object.keys(steps)) {
      const schedule = cleanSchedule(steps[node]);
      if (schedule) schedules[id + "/" + node] = schedule;
    }
  }
  return schedules;
}

/** The words of a due box. Only items the site has (`exists`) count: a removed bank's records
 * are never due (views/today.js). */
export function dueText(progress, records, now, exists = () => true) {
  const items = schedulesOf(progress);
  const steps = stepSchedules(records);
  const due = dueIds(items, now, exists).length;
  const stepsDue = dueIds(steps, now).length;
  const extra = stepsDue ? `（另有 ${stepsDue} 个情景演练的步骤）` : "";
  if (due || stepsDue) return `今天有 ${due} 题要复习${extra}。`;
  const next = [nextDueDay(items, now, exists), nextDueDay(steps, now)].filter(Boolean).sort()[0];
  return next ? `今天没有要复习的题，下一批在${describeDay(next, now)}到期。` : "";
}

/** The latest refresh asked for: an earlier one still reading lists fills nothing. */
let latestRefresh = 0;

/** Fills every due line of the page: the home page's and quiz index's (`data-kb-due`, overview.js)
 * and a quiz page's, shown with its result (`data-kb-next-due`, views/result.js; not a root of
 * overview.js, so a quiz page does without that part).
 * `contentsOf` (item-lists.js contentsFor) reads what the site holds from the bank list the page's
 * progress box carries; the pages with one pass it (overview.js, data-tools.js). Without it every
 * record counts: a quiz page has no bank list, and so never loads the code that reads the lists. */
export async function refreshDueCounts(contentsOf = null) {
  const boxes = document.querySelectorAll("[data-kb-due], [data-kb-next-due]");
  if (!boxes.length) return;
  const run = ++latestRefresh;
  const progress = readProgress();
  const list = document.querySelector("[data-kb-banks]");
  const exists = existsOn(list && contentsOf ? await contentsOf(list, progress) : null);
  if (run !== latestRefresh) return;
  const text = dueText(progress, readScenarioRecords(), Date.now(), exists);
  const nothingDue = text.startsWith("今天没有");
  boxes.forEach((box) => {
    box.querySelector("[data-kb-due-text]").textContent = text;
    box.hidden = text === "";
    // D22: "去今日复习" beside "nothing is due" sent the learner to an empty page.
    const link = box.querySelector("a");
    if (link) link.textContent = nothingDue ? "看看复习安排" : "去今日复习";
  });
}

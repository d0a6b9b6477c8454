/* "今天有 N 题要复习" where a learner looks (home page, quiz index): `[data-kb-due]` boxes hold a
 * link to 今日复习 and get the count from the stored schedules. */

import { readProgress } from "../store.js";
import { describeDay, dueIds, nextDueDay } from "../schedule.js";
import { schedulesOf } from "./today.js";

export function dueText(progress, now) {
  const schedules = schedulesOf(progress);
  const due = dueIds(schedules, now).length;
  if (due) return `今天有 ${due} 题要复习。`;
  const next = nextDueDay(schedules, now);
  return next ? `今天没有要复习的题，下一批在${describeDay(next, now)}到期。` : "";
}

export function refreshDueCounts() {
  const boxes = document.querySelectorAll("[data-kb-due]");
  if (!boxes.length) return;
  const text = dueText(readProgress(), Date.now());
  boxes.forEach((box) => {
    box.querySelector("[data-kb-due-text]").textContent = text;
    box.hidden = text === "";
  });
}

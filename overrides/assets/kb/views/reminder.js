/* 每天提醒自己复习 (issue 31), on 今日复习 and the quiz index: `[data-kb-reminder]` boxes offer a
 * calendar file with a daily event linking to 今日复习 (calendar.js) and show the streak
 * "已连续复习 N 天" (streak.js). The answering days are also kept in a list of their own
 * (`kb-answer-days#<site>`): progress keeps only an item's latest date, so a day whose items were
 * all answered again later would otherwise drop out of the streak. Clearing all progress empties it. */

import { reminderCalendar, reminderTime } from "../calendar.js";
import { download } from "../dom.js";
import { browserStorage, siteKey } from "../progress/browser-storage.js";
import { readScenarioRecords } from "../progress/scenario-storage.js";
import { localDay } from "../schedule.js";
import { SITE_PATH, SITE_URL } from "../site.js";
import { hasRecords } from "../progress/quiz-format.js";
import { readProgress } from "../progress/quiz-storage.js";
import { answerDays, mergeDays, streakLength, streakText } from "../streak.js";

export const DAYS_KEY = siteKey("kb-answer-days", SITE_PATH);
export const FILE_NAME = "今日复习提醒.ics";

function keptDays(store) {
  try {
    const days = JSON.parse(store.getItem(DAYS_KEY) || "[]");
    return Array.isArray(days) ? days : [];
  } catch (error) {
    return [];
  }
}

/** Every answering day known: the list kept so far and what stored progress shows now, which is
 * written back (nothing is written when storage is off or full: the streak still shows). */
export function rememberedDays() {
  const progress = readProgress();
  const records = readScenarioRecords();
  const store = browserStorage();
  if (!store) return answerDays(progress, records);
  if (!hasRecords(progress) && !Object.keys(records).length) {
    store.removeItem(DAYS_KEY); // 清空全部进度: the streak starts again
    return [];
  }
  const before = keptDays(store);
  const days = mergeDays(before, answerDays(progress, records));
  if (days.length !== before.length) {
    try {
      store.setItem(DAYS_KEY, JSON.stringify(days));
    } catch (error) {
      // Storage full: the days stay derivable from progress.
    }
  }
  return days;
}

/** Shows the streak in every reminder box of the page. */
export function mountReminders() {
  const boxes = document.querySelectorAll("[data-kb-reminder]");
  if (!boxes.length) return;
  const text = streakText(streakLength(rememberedDays(), localDay(Date.now())));
  boxes.forEach((box) => {
    const line = box.querySelector("[data-kb-streak]");
    line.textContent = text;
    line.hidden = text === "";
    box.setAttribute("data-kb-ready", "true");
  });
}

function addReminder(box) {
  const time = reminderTime(box.querySelector("[data-kb-reminder-time]").value);
  const url = new URL(box.getAttribute("data-kb-reminder-url") || "", window.location.href);
  url.hash = "";
  url.search = "";
  download(FILE_NAME, reminderCalendar({ url: url.href, siteUrl: SITE_URL, time, now: new Date() }), "text/calendar;charset=utf-8");
  box.querySelector("[data-kb-reminder-message]").textContent =
    `已下载“${FILE_NAME}”。在手机或电脑上打开它，加到日历里：每天 ${time} 提醒你做今日复习。`;
}

function onClick(event) {
  if (!(event.target instanceof Element)) return;
  const add = event.target.closest("[data-kb-reminder-add]");
  if (add) addReminder(add.closest("[data-kb-reminder]"));
  // An answer was just checked (quiz.js listens first): today may now count.
  else if (event.target.closest("[data-kb-quiz] [data-kb-action]")) window.setTimeout(mountReminders, 0);
}

/** Document-level listeners, attached once. */
export function listenForReminders() {
  document.addEventListener("click", onClick);
  document.addEventListener("kb:progress-changed", mountReminders);
}

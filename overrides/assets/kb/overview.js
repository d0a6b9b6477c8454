/* The small progress part of reading pages, loaded by kb.js where one is shown: the progress box
 * (home page) and table (quiz index), the "今天有 N 题要复习" line, and the notice about stored
 * progress that could not be read, and home's learning path (views/path.js). Refreshed on
 * Material's `document$` (every page change). Not on a quiz page or 错题本: quiz.js shows the
 * notice there itself, and the quiz page's own due line (`data-kb-next-due`) comes with its result. */

import { contentsFor } from "./item-lists.js";
import { readProgress } from "./progress/quiz-storage.js";
import { refreshDueCounts } from "./views/due.js";
import { listenForNoticeActions, renderNotices } from "./views/notice.js";
import { mountPath } from "./views/path.js";
import { refreshProgressViews } from "./views/progress.js";
import { listenForReminders, mountReminders } from "./views/reminder.js";
import { onEveryPage } from "./every-page.js";

function refreshAll() {
  readProgress(); // sets unreadable stored progress aside before anything writes
  refreshProgressViews();
  refreshDueCounts(contentsFor);
  renderNotices();
  mountPath();
  mountReminders();
}

function start() {
  listenForNoticeActions();
  listenForReminders();
  onEveryPage(refreshAll);
}

start();

/* 今日复习: the items due today by the spaced-review schedule (schedule.js), at most SESSION_CAP,
 * options shuffled. Answering reschedules each item; at the end, what was due, done and right,
 * and when the next ones fall due. */

import { announce } from "../announce.js";
import { clearItem, focusVerdict } from "../item.js";
import { NOT_SAVED, checkItem, checkedMessage, focusAtTop, showSaveWarning } from "./quiz-page.js";
import { openItemIds, summaryOf } from "../quiz/answering.js";
import { shuffleItem } from "../quiz-root.js";
import { SESSION_CAP, describeDay, dueIds, nextDueDay, schedulesOf } from "../schedule.js";
import { numberSession } from "./session.js";
import { stepSchedules } from "./due.js";
import { readScenarioRecords } from "../progress/scenario-storage.js";
import { readProgress, writeProgress } from "../progress/quiz-storage.js";

/** The ids today's session asks (most overdue first, at most SESSION_CAP) and how many are due.
 * Only items the site still has (`exists`) count: records of a removed bank or item stay stored
 * (and exported) but are never due, so they cannot crowd out the rest. */
export function todaysSession(progress, now, exists = () => true) {
  const due = dueIds(schedulesOf(progress), now, exists);
  return { ids: due.slice(0, SESSION_CAP), due: due.length };
}

function nextDueText(progress, now, exists) {
  const next = nextDueDay(schedulesOf(progress), now, exists);
  return next ? `下一批在${describeDay(next, now)}到期。` : "";
}

function emptyText(progress, now, exists) {
  return "今天没有要复习的题。" + nextDueText(progress, now, exists);
}

/** Shows the session (or the empty state) once its items are in place. */
export function mountToday(quiz, session) {
  const progress = readProgress();
  const now = Date.now();
  const empty = quiz.root.querySelector("[data-kb-today-empty]");
  const count = quiz.root.querySelector("[data-kb-today-count]");
  const first = !Object.keys(progress.items).length; // no records yet: the template's line links 自测题 (D22)
  quiz.root.querySelector("[data-kb-today-first]").hidden = quiz.items.length > 0 || !first;
  empty.hidden = quiz.items.length > 0 || first;
  empty.textContent = empty.hidden ? "" : emptyText(progress, now, session.exists);
  count.hidden = quiz.items.length === 0;
  const more = session.due > quiz.items.length ? `（一共 ${session.due} 道到期，这次先做 ${quiz.items.length} 道）` : "";
  count.textContent = `今天有 ${session.due} 道题要复习${more}。逐题作答并提交。`;
  quiz.items.forEach((item) => {
    clearItem(item);
    shuffleItem(quiz, item, true);
  });
  numberSession(quiz.root, quiz.items);
}

function summaryText(quiz, progress, now, session) {
  const right = summaryOf(quiz.attempt).correct;
  const remaining = dueIds(schedulesOf(progress), now, session.exists).length;
  const rest = remaining ? `还有 ${remaining} 道今天到期的题，刷新页面接着做。` : nextDueText(progress, now, session.exists);
  const due = session.due;
  const wrong = right < quiz.items.length ? "答错的明天再来。" : "";
  const steps = dueIds(stepSchedules(readScenarioRecords()), now).length; // listed below the session (D22)
  const stepsLine = steps ? `另有 ${steps} 个情景演练步骤今天到期（见下方）。` : "";
  return `今天到期 ${due} 道，这次做了 ${quiz.items.length} 道，答对 ${right} 道。` + wrong + rest + stepsLine;
}

/** Checks one item of the session; after the last one, the session's result. */
export function onTodayCheck(quiz, item, session) {
  const progress = readProgress();
  const outcome = checkItem(quiz, item, progress, false);
  if (!outcome) return;
  const saved = writeProgress(progress);
  const message = checkedMessage(item, outcome) + (saved ? "" : NOT_SAVED);
  showSaveWarning(quiz, item, saved);
  if (openItemIds(quiz.attempt).length === 0) {
    const summary = quiz.root.querySelector("[data-kb-today-summary]");
    summary.textContent = summaryText(quiz, progress, Date.now(), session);
    summary.hidden = false;
    focusAtTop(summary);
    announce(quiz.root, message); // D18: the focused summary is read out; the last verdict is not in it
    return;
  }
  focusVerdict(item);
  if (!saved) announce(quiz.root, message); // D18: else the focused verdict says it all
}

/* The 错题本: the missed items of all banks, newest first, grouped by topic; practice mode asks
 * them again (shuffled) and takes an item out after two right answers in a row. */

import { announce } from "../announce.js";
import { all, formatDate } from "../dom.js";
import { clearItem, focusFirstControl, focusVerdict, itemId, setVerdict, showItemResult } from "../item.js";
import { mountFor } from "../types.js";
import { missedItems } from "../progress/quiz-records.js";
import { itemKey, shuffleItem } from "../quiz-root.js";
import { own } from "../safe-map.js";
import { readProgress, writeProgress } from "../progress/quiz-storage.js";
import { NOT_SAVED, checkItem, checkedMessage, showSaveWarning } from "./quiz-page.js";
import { numberSession } from "./session.js";

/** Shows only the missed items, newest first within each group and groups by their newest miss. */
function orderReview(quiz, missed) {
  const byId = new Map(quiz.items.map((item) => [itemId(item), item]));
  const groups = all(quiz.root, "[data-kb-review-group]");
  const newest = new Map();
  groups.forEach((group) => {
    const list = group.querySelector("ol");
    const shown = missed.map((id) => byId.get(id)).filter((item) => item && list.contains(item));
    quiz.items.forEach((item) => { if (list.contains(item)) item.hidden = !shown.includes(item); });
    shown.forEach((item) => list.appendChild(item));
    group.hidden = shown.length === 0;
    newest.set(group, shown.length ? missed.indexOf(itemId(shown[0])) : Infinity);
  });
  groups.sort((a, b) => newest.get(a) - newest.get(b));
  const anchor = quiz.root.querySelector("[data-kb-announce]");
  groups.forEach((group) => quiz.root.insertBefore(group, anchor));
}

function lastTimeText(quiz, item, record) {
  const mount = mountFor(item);
  const answer = mount.fit(item, record.lastAnswer);
  const last = record.lastCorrect ? "上次答对了，再答对一次就移出。" : "上次答错（" + formatDate(record.missedAt) + "）。";
  const yours = mount.isAnswered(answer) ? mount.answerText(item, answer) : "未作答";
  return last + " 你上次的答案：" + yours + "。" + mount.keyText(item, itemKey(quiz, item));
}

function setToolbar(quiz, missedCount, practising) {
  quiz.root.querySelector("[data-kb-review-empty]").hidden = missedCount > 0;
  quiz.root.querySelector("[data-kb-review-toolbar]").hidden = missedCount === 0;
  quiz.root.querySelector("[data-kb-review-count]").textContent = "错题本里有 " + missedCount + " 道题（最近答错的在前）。";
  quiz.root.classList.toggle("is-practising", practising);
  quiz.root.querySelector("[data-kb-action=practice]").hidden = practising;
  quiz.root.querySelector("[data-kb-action=end-practice]").hidden = !practising;
}

export function showReviewList(quiz) {
  const progress = readProgress();
  const known = new Set(quiz.items.map(itemId));
  const missed = missedItems(progress, (id) => known.has(id));
  orderReview(quiz, missed);
  setToolbar(quiz, missed.length, false);
  const byId = new Map(quiz.items.map((item) => [itemId(item), item]));
  missed.forEach((id) => {
    const item = byId.get(id);
    const record = own(progress.items, id);
    clearItem(item);
    showItemResult(item, mountFor(item).fit(item, record.lastAnswer), itemKey(quiz, item));
    setVerdict(item, lastTimeText(quiz, item, record));
  });
}

export function startPractice(quiz) {
  const shown = quiz.items.filter((item) => !item.hidden);
  shown.forEach((item) => {
    clearItem(item);
    shuffleItem(quiz, item, true);
  });
  numberSession(quiz.root, shown);
  setToolbar(quiz, shown.length, true);
  announce(quiz.root, "练习开始：逐题作答并提交。");
  if (shown.length) focusFirstControl(shown[0]);
}

/** Checks one practised item; a right answer says how far it is from leaving the 错题本. */
export function onPracticeCheck(quiz, item) {
  const progress = readProgress();
  const outcome = checkItem(quiz, item, progress, false);
  if (!outcome) return;
  const saved = writeProgress(progress);
  showSaveWarning(quiz, item, saved);
  let message = checkedMessage(item, outcome);
  if (outcome.verdict.correct) {
    const note = outcome.record.streak >= 2 ? "已连续答对两次，这道题移出错题本。" : "再答对一次就移出错题本。";
    const verdict = item.querySelector("[data-kb-verdict]");
    verdict.textContent += note;
    message += note;
  }
  focusVerdict(item);
  if (!saved) announce(quiz.root, message + NOT_SAVED); // D18: else the focused verdict says it all
}

export function mountReview(quiz) {
  showReviewList(quiz);
}

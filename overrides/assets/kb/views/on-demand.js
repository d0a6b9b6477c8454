/* Fills a page that spans banks (错题本, 今日复习) with the items it shows, fetched on demand
 * (item-source.js), before the quiz code mounts it. */

import { loadItems, loadProblemText } from "../item-source.js";
import { missedItems } from "../progress/quiz-records.js";
import { readAnswerKey, withItems } from "../quiz/answer-key.js";
import { contentsFor } from "../item-lists.js";
import { existsOn } from "../site.js";
import { readProgress } from "../progress/quiz-storage.js";
import { todaysSession } from "./today.js";

function topicGroup(root, item) {
  const topic = item.getAttribute("data-kb-topic") || "";
  const groups = [...root.querySelectorAll("[data-kb-review-group]")];
  return groups.find((group) => group.getAttribute("data-kb-topic") === topic) ||
    groups.find((group) => group.getAttribute("data-kb-topic") === "");
}

function place(root, items, today) {
  const list = root.querySelector("[data-kb-today-list]");
  items.forEach((item) => {
    const target = today ? list : topicGroup(root, item).querySelector("ol");
    target.appendChild(item);
  });
}

/**
 * Loads and places the items of `root`; returns the session ({ids, due, exists, key}) it showed,
 * `key` being the page's answer key with the keys of the items loaded.
 * Only items the site has (its item lists, item-lists.js) are shown, scheduled and fetched, and only from
 * the banks that hold them now; the records of the others stay stored and are counted in words.
 */
export async function fillOnDemand(root) {
  const progress = readProgress();
  const today = root.hasAttribute("data-kb-today");
  const now = Date.now();
  const contents = await contentsFor(root, progress);
  const exists = existsOn(contents);
  const session = today ? todaysSession(progress, now, exists) : { ids: missedItems(progress, exists), due: 0 };
  session.exists = exists;
  // What the page would have shown of items the site no longer has (due today, or missed).
  const gone = today ? todaysSession(progress, now).due - session.due : missedItems(progress).length - session.ids.length;
  const status = root.querySelector("[data-kb-load-status]");
  if (session.ids.length) status.textContent = "正在载入题目……";
  const result = await loadItems(session.ids, progress, root.getAttribute("data-kb-build"), undefined, contents);
  session.key = withItems(readAnswerKey(root), result.keys);
  place(root, result.items, today);
  status.textContent = loadProblemText(result.failed, result.missing) + goneText(gone);
  return session;
}

/** Records of items the site no longer has: kept (they travel in an export), never shown or due. */
function goneText(gone) {
  return gone ? `有 ${gone} 道题的记录属于已经不在题库里的题（培训师更新了题库），不再显示，也不再安排复习；记录仍然保留，导出时会一起导出。` : "";
}

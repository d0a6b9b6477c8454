/* Fills a page that spans banks (错题本, 今日复习) with the items it shows, fetched on demand
 * (item-source.js), before the quiz code mounts it. */

import { addKeys, loadItems, loadProblemText } from "../item-source.js";
import { missedItems } from "../progress.js";
import { readProgress } from "../store.js";
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

/** Loads and places the items of `root`; returns the session ({ids, due}) it showed. */
export async function fillOnDemand(root) {
  const progress = readProgress();
  const today = root.hasAttribute("data-kb-today");
  const session = today ? todaysSession(progress, Date.now()) : { ids: missedItems(progress), due: 0 };
  const status = root.querySelector("[data-kb-load-status]");
  if (session.ids.length) status.textContent = "正在载入题目……";
  const result = await loadItems(session.ids, progress, root.getAttribute("data-kb-build"));
  addKeys(root, result.keys);
  place(root, result.items, today);
  status.textContent = loadProblemText(result.failed, result.missing);
  return session;
}

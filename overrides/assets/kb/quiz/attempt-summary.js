/* The score of an attempt at a quiz, worked out from the answer key and the answers checked,
 * never read back from the page: how many are right, which item is right, which were missed.
 * The result box of a bank's page, the end of 今日复习 and a bank's best score all come from it.
 * Pure. */

import { gradeItem } from "../types.js";
import { own } from "../safe-map.js";
import { itemKeyOf } from "./answer-key.js";

/**
 * The summary of an attempt at the items `itemIds` (page order), given the answers checked so far
 * (`answers`, by item id; an item with none was not answered, so it is not right):
 * {total, correct, items: [{id, correct}], missed: [id]} with `missed` in page order.
 */
export function attemptSummary(key, itemIds, answers) {
  const items = itemIds.map((id) => {
    const answer = own(answers, id);
    return { id, correct: Array.isArray(answer) && gradeItem(answer, itemKeyOf(key, id)).correct };
  });
  const missed = items.filter((item) => !item.correct).map((item) => item.id);
  return { total: items.length, correct: items.length - missed.length, items, missed };
}

/* The result box of a finished quiz: score, best score and links to what was missed. */

import { element } from "../dom.js";
import { itemId, itemNumber, questionText } from "../item.js";
import { refreshDueCounts } from "./due.js";

function missedListItem(item) {
  const entry = document.createElement("li");
  const question = element("a", "", itemNumber(item) + "：" + questionText(item));
  question.href = "#" + item.id;
  entry.appendChild(question);
  const cite = item.querySelector("[data-kb-cite]");
  if (cite) {
    const link = element("a", "", cite.textContent);
    link.href = cite.getAttribute("href");
    entry.appendChild(document.createTextNode(" — "));
    entry.appendChild(link);
  }
  return entry;
}

function scoreText(correct, total, best) {
  let text = "得分：" + correct + " / " + total + "（" + Math.round((100 * correct) / total) + "%）";
  if (best !== null) text += "。最好成绩：" + Math.min(best, total) + " / " + total + "。";
  return text;
}

/** Fills and shows the result box from the attempt's summary (quiz/attempt-summary.js) and the
 * bank's record (its best score); returns the score line for the live region. */
export function renderResult(quiz, bank, summary) {
  const result = quiz.root.querySelector("[data-kb-result]");
  const byId = new Map(quiz.items.map((item) => [itemId(item), item]));
  const missed = summary.missed.map((id) => byId.get(id));
  result.textContent = "";
  const score = element("p", "kb-quiz__score", scoreText(summary.correct, summary.total, bank.bestCorrect));
  result.appendChild(score);
  if (missed.length) {
    result.appendChild(element("p", "", "没答对的题（点链接回到讲它的小节）："));
    const list = element("ul", "kb-quiz__missed");
    missed.forEach((item) => list.appendChild(missedListItem(item)));
    result.appendChild(list);
  } else {
    result.appendChild(element("p", "", "全部答对！"));
  }
  result.hidden = false;
  showNextSteps(quiz, missed.length);
  return score.textContent;
}

/** What to do next (D9): practise the missed items in 错题本, the next lesson, 今日复习 when due. */
function showNextSteps(quiz, missedCount) {
  const next = quiz.root.querySelector("[data-kb-next]");
  if (!next) return;
  const review = next.querySelector("[data-kb-next-review]");
  if (review) {
    review.hidden = missedCount === 0;
    review.textContent = "去错题本练习没答对的 " + missedCount + " 题";
  }
  next.hidden = false;
  // The result is drawn while the answers are graded; they are stored right after, in the same task.
  queueMicrotask(refreshDueCounts);
}

export function hideResult(quiz) {
  const result = quiz.root.querySelector("[data-kb-result]");
  result.hidden = true;
  result.textContent = "";
  const next = quiz.root.querySelector("[data-kb-next]");
  if (next) next.hidden = true;
}

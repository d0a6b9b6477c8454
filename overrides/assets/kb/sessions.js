/* 错题本 and 今日复习: the views of the quiz pages that span banks (their items are fetched from
 * the bank pages first). A separate bundle entry, so a bank's quiz page does not download them:
 * quiz.js imports this module on the pages that hold one (kb.js and the page head fetch it early). */

export { fillOnDemand } from "./views/on-demand.js";
export { mountReview, onPracticeCheck, showReviewList, startPractice } from "./views/review.js";
export { mountToday, onTodayCheck } from "./views/today.js";

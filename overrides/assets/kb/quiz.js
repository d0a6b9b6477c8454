/* Self-check quizzes: the entry module. Mounts every quiz component on Material's `document$`
 * (first load and every instant-navigation swap; idempotent) and listens on the document once.
 * Reads everything from the page (data attributes and an escaped JSON answer key); never
 * inserts trainer-written HTML: it only shows or hides what the build rendered. */

import { announce } from "./announce.js";
import { itemId } from "./item.js";
import { mountFor } from "./mount/index.js";
import { createQuiz } from "./quiz-root.js";
import { readProgress } from "./store.js";
import { onDataToolsChange, onDataToolsClick } from "./views/data-tools.js";
import { onNoticeAction, renderNotices } from "./views/notice.js";
import { isBlankView, isPrintView, showAnswerKey, showBlankCopy } from "./views/print.js";
import { refreshProgressViews } from "./views/progress.js";
import { mountQuizPage, onAnswerUnanswered, onCheck, onReset, onSubmitAll, onSubmitUnanswered, rememberAnswer } from "./views/quiz-page.js";
import { mountReview, onPracticeCheck, showReviewList, startPractice } from "./views/review.js";
import { fillOnDemand } from "./views/on-demand.js";
import { mountToday, onTodayCheck } from "./views/today.js";
import { refreshDueCounts } from "./views/due.js";
import { mountPath, rememberVisit } from "./views/path.js";
import { listenForReminders, mountReminders } from "./views/reminder.js";

/** The quiz of each mounted root; a swapped-out page's roots are simply forgotten. */
const quizzes = new WeakMap();

/** Pages that span banks fetch their items first (views/on-demand.js); then they mount. */
const sessions = new WeakMap();

function mountQuiz(root) {
  if (quizzes.has(root) || sessions.has(root)) return;
  if (root.hasAttribute("data-kb-item-source")) {
    sessions.set(root, null);
    fillOnDemand(root).then(
      (session) => mountLoaded(root, session),
      () => {
        // Whatever went wrong, the page still works with what it has and says so.
        root.querySelector("[data-kb-load-status]").textContent = "题目没能载入，请检查网络后刷新页面再试。";
        mountLoaded(root, { ids: [], due: 0, exists: () => true });
      },
    );
    return;
  }
  mountLoaded(root, null);
}

function mountLoaded(root, session) {
  const quiz = createQuiz(root);
  if (!quiz) return;
  quizzes.set(root, quiz);
  sessions.set(root, session);
  if (quiz.today) mountToday(quiz, session);
  else if (quiz.review) mountReview(quiz);
  else if (isPrintView()) showAnswerKey(quiz);
  else if (isBlankView()) showBlankCopy(quiz);
  else mountQuizPage(quiz);
  root.setAttribute("data-kb-ready", "true");
}

function mountAll() {
  readProgress(); // sets unreadable stored progress aside before anything writes
  document.querySelectorAll("[data-kb-quiz]").forEach(mountQuiz);
  document.querySelectorAll("[data-kb-data-tools]").forEach((tools) => tools.setAttribute("data-kb-ready", "true"));
  refreshProgressViews();
  refreshDueCounts();
  renderNotices();
  mountPath();
  rememberVisit();
  mountReminders();
}

function quizOf(node) {
  const root = node.closest("[data-kb-quiz]");
  return root ? quizzes.get(root) || null : null;
}

function onQuizAction(quiz, action, button) {
  const item = button.closest("[data-kb-item]");
  if (action === "check" && item && quiz.today) onTodayCheck(quiz, item, sessions.get(quiz.root));
  else if (action === "check" && item) (quiz.review ? onPracticeCheck : onCheck)(quiz, item);
  else if (action === "submit-all") onSubmitAll(quiz);
  else if (action === "submit-unanswered") onSubmitUnanswered(quiz);
  else if (action === "answer-unanswered") onAnswerUnanswered(quiz);
  else if (action === "reset") onReset(quiz);
  else if (action === "practice") startPractice(quiz);
  else if (action === "end-practice") showReviewList(quiz);
}

function onMove(quiz, button) {
  const item = button.closest("[data-kb-item]");
  const mount = item && mountFor(item);
  if (!mount || !mount.move || button.disabled) return;
  announce(quiz.root, mount.move(item, button));
  rememberAnswer(quiz, item);
}

function onClick(event) {
  if (!(event.target instanceof Element)) return;
  const button = event.target.closest("[data-kb-action], [data-kb-move]");
  if (!button) return;
  const quiz = quizOf(button);
  const action = button.getAttribute("data-kb-action");
  if (quiz && button.hasAttribute("data-kb-move")) onMove(quiz, button);
  else if (quiz) onQuizAction(quiz, action, button);
  else if (onNoticeAction(action)) return;
  else if (button.closest("[data-kb-data-tools]")) onDataToolsClick(button.closest("[data-kb-data-tools]"), action);
}

function onAnswerChange(event) {
  if (!(event.target instanceof Element)) return;
  const tools = event.target.closest("[data-kb-data-tools]");
  if (tools) {
    onDataToolsChange(tools, event.target);
    return;
  }
  const quiz = quizOf(event.target);
  const item = event.target.closest("[data-kb-item]");
  if (quiz && item && itemId(item)) rememberAnswer(quiz, item);
}

function start() {
  document.addEventListener("click", onClick);
  document.addEventListener("change", onAnswerChange);
  listenForReminders();
  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(mountAll);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
  else mountAll();
}

start();

/* Self-check quizzes: the quiz engine, loaded by kb.js on a page that holds a quiz (quiz pages;
 * 错题本 and 今日复习 also fetch sessions.js). Mounts every quiz component on Material's `document$` (first load and every
 * instant-navigation swap; idempotent) and listens on the document once.
 * Reads everything from the page (data attributes and an escaped JSON answer key); never
 * inserts trainer-written HTML: it only shows or hides what the build rendered. */

import { announce } from "./announce.js";
import { itemId } from "./item.js";
import { mountFor } from "./types.js";
import { createQuiz } from "./quiz-root.js";
import { readProgress } from "./progress/quiz-storage.js";
import { isBlankView, isPrintView, showAnswerKey, showBlankCopy } from "./views/print.js";
import { mountQuizPage, onAnswerUnanswered, onCheck, onReset, onSubmitAll, onSubmitUnanswered, rememberAnswer } from "./views/quiz-page.js";
import { listenForNoticeActions, renderNotices } from "./views/notice.js";
import { onEveryPage } from "./every-page.js";

/** The quiz of each mounted root; a swapped-out page's roots are simply forgotten. */
const quizzes = new WeakMap();

/** Pages that span banks fetch their items first (views/on-demand.js); then they mount. */
const sessions = new WeakMap();

/** 错题本 and 今日复习 (sessions.js): fetched only on the pages that hold them, then kept. */
let sessionViews = null;

const SESSION_ROOT = "[data-kb-item-source], [data-kb-review], [data-kb-today]";

function mountQuiz(root) {
  if (quizzes.has(root) || sessions.has(root)) return;
  if (!root.matches(SESSION_ROOT)) {
    mountLoaded(root, null);
    return;
  }
  sessions.set(root, null);
  import("./sessions.js").then((views) => {
    sessionViews = views;
    if (root.hasAttribute("data-kb-item-source")) fillAndMount(root);
    else mountLoaded(root, null);
  });
}

function fillAndMount(root) {
  sessionViews.fillOnDemand(root).then(
    (session) => mountLoaded(root, session),
    () => {
      // Whatever went wrong, the page still works with what it has and says so.
      root.querySelector("[data-kb-load-status]").textContent = "题目没能载入，请检查网络后刷新页面再试。";
      mountLoaded(root, { ids: [], due: 0, exists: () => true });
    },
  );
}

function mountLoaded(root, session) {
  const quiz = createQuiz(root, session && session.key);
  if (!quiz) return;
  quizzes.set(root, quiz);
  sessions.set(root, session);
  if (quiz.today) sessionViews.mountToday(quiz, session);
  else if (quiz.review) sessionViews.mountReview(quiz);
  else if (isPrintView()) showAnswerKey(quiz);
  else if (isBlankView()) showBlankCopy(quiz);
  else mountQuizPage(quiz);
  root.setAttribute("data-kb-ready", "true");
}

function mountAll() {
  readProgress(); // sets unreadable stored progress aside before anything writes
  renderNotices(); // above the quiz, when that progress was set aside (overview.js is not loaded here)
  document.querySelectorAll("[data-kb-quiz]").forEach(mountQuiz);
  markLinkedItem();
}

/** D21: the item a 本节自测 link leads to is outlined. CSS :target does that on a full page load,
 * but Material's instant navigation changes the address with history.pushState, which never sets
 * :target; so the item named by the address's fragment is also marked with a class. */
function markLinkedItem() {
  document.querySelectorAll("[data-kb-item].is-linked").forEach((item) => item.classList.remove("is-linked"));
  let id = "";
  try {
    id = decodeURIComponent(window.location.hash.slice(1));
  } catch {
    return; // a malformed fragment names nothing
  }
  const target = id ? document.getElementById(id) : null;
  if (target && target.matches("[data-kb-item]")) target.classList.add("is-linked");
}

function quizOf(node) {
  const root = node.closest("[data-kb-quiz]");
  return root ? quizzes.get(root) || null : null;
}

function onQuizAction(quiz, action, button) {
  const item = button.closest("[data-kb-item]");
  if (action === "check" && item && quiz.today) sessionViews.onTodayCheck(quiz, item, sessions.get(quiz.root));
  else if (action === "check" && item) (quiz.review ? sessionViews.onPracticeCheck : onCheck)(quiz, item);
  else if (action === "submit-all") onSubmitAll(quiz);
  else if (action === "submit-unanswered") onSubmitUnanswered(quiz);
  else if (action === "answer-unanswered") onAnswerUnanswered(quiz);
  else if (action === "reset") onReset(quiz);
  else if (action === "practice") sessionViews.startPractice(quiz);
  else if (action === "end-practice") sessionViews.showReviewList(quiz);
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
}

function onAnswerChange(event) {
  if (!(event.target instanceof Element)) return;
  const quiz = quizOf(event.target);
  const item = event.target.closest("[data-kb-item]");
  if (quiz && item && itemId(item)) rememberAnswer(quiz, item);
}

function start() {
  listenForNoticeActions();
  document.addEventListener("click", onClick);
  document.addEventListener("change", onAnswerChange);
  window.addEventListener("hashchange", markLinkedItem);
  onEveryPage(mountAll);
}

start();

/* 情景演练 in the page: plays a scenario one step at a time. The build rendered every node
 * (hidden); a turn shows a copy of one, so no text is ever put into the page as HTML. The path
 * is saved after each choice, and a reload or an instant-navigation return resumes it. */

import { bestScore, cleanRecord, currentNode, isFinished, recordChoice, recordFinish, totalScore, weakSteps } from "./scenario-logic.js";
import { cleanFirstPlay, withFirstChoice } from "./first-play.js";
import { cleanSchedule, localDay } from "./schedule.js";
import { readScenarioRecords, writeScenarioRecord } from "./progress/scenario-storage.js";
import { onEveryPage } from "./every-page.js";

const mounted = new WeakMap();

function readGraph(root) {
  const nodes = Object.create(null);
  root.querySelectorAll("[data-kb-node]").forEach((section) => {
    const choices = Object.create(null);
    section.querySelectorAll("[data-kb-choice]").forEach((button) => {
      choices[button.getAttribute("data-kb-choice")] = { next: button.getAttribute("data-kb-next"), score: Number(button.getAttribute("data-kb-score")) };
    });
    nodes[section.getAttribute("data-kb-node")] = { kind: section.getAttribute("data-kb-node-kind"), choices };
  });
  return { start: root.getAttribute("data-kb-start"), nodes };
}

function nodeSection(state, id) {
  return [...state.root.querySelectorAll("[data-kb-node]")].find((section) => section.getAttribute("data-kb-node") === id);
}

function turn(kind, ...children) {
  const item = document.createElement("li");
  item.className = "kb-turn kb-turn--" + kind;
  children.forEach((child) => item.appendChild(child));
  return item;
}

function copyOf(element) {
  const copy = element.cloneNode(true);
  copy.querySelectorAll("[id]").forEach((node) => node.removeAttribute("id"));
  return copy;
}

function youSaid(state, entry) {
  const button = nodeSection(state, entry.node).querySelector(`[data-kb-choice="${CSS.escape(entry.choice)}"]`);
  const said = document.createElement("p");
  const who = document.createElement("span");
  who.className = "kb-scenario__who";
  who.textContent = "你";
  said.appendChild(who);
  button.childNodes.forEach((node) => said.appendChild(node.cloneNode(true)));
  return said;
}

function pastTurns(state) {
  return state.record.path.flatMap((entry) => {
    const section = nodeSection(state, entry.node);
    const feedback = copyOf(section.querySelector(`[data-kb-choice-feedback="${CSS.escape(entry.choice)}"]`));
    feedback.setAttribute("tabindex", "-1");
    return [turn("customer", copyOf(section.querySelector("[data-kb-says]"))), turn("you", youSaid(state, entry)), turn("feedback", feedback)];
  });
}

function currentTurns(state) {
  const here = nodeSection(state, currentNode(state.graph, state.record.path, state.record.from));
  if (here.getAttribute("data-kb-node-kind") === "ending") return [turn("ending", copyOf(here.querySelector(".kb-scenario__ending")))];
  const choices = copyOf(here.querySelector(".kb-scenario__choices"));
  choices.querySelectorAll("[data-kb-choice]").forEach((button) => button.setAttribute("data-kb-scenario-choose", ""));
  return [turn("customer", copyOf(here.querySelector("[data-kb-says]"))), turn("choices", choices)];
}

function summaryLine(state, entry, number) {
  const section = nodeSection(state, entry.node);
  const line = document.createElement("li");
  const weak = weakSteps(state.graph, [entry]).length > 0;
  line.className = weak ? "kb-scenario__step is-weak" : "kb-scenario__step";
  const chosen = section.querySelector(`[data-kb-choice="${CSS.escape(entry.choice)}"]`).textContent.trim();
  line.appendChild(document.createTextNode(`第 ${number} 步，你选了：${chosen}——${weak ? "还可以更好。" : "选得好。"}`));
  if (weak) line.appendChild(copyOf(section.querySelector(`[data-kb-choice-feedback="${CSS.escape(entry.choice)}"] [data-kb-cite]`)));
  return line;
}

function renderSummary(state) {
  const summary = state.root.querySelector("[data-kb-summary]");
  const finished = isFinished(state.graph, state.record.path, state.record.from);
  summary.hidden = !finished;
  summary.replaceChildren();
  if (!finished) return;
  const score = totalScore(state.graph, state.record.path);
  const best = bestScore(state.graph, state.record.from);
  const heading = document.createElement("p");
  heading.className = "kb-scenario__score";
  heading.textContent = `${state.record.from === state.graph.start ? "" : "（从中途开始的练习）"}这次得分 ${score} 分，最好的走法是 ${best} 分。`;
  const steps = document.createElement("ol");
  state.record.path.forEach((entry, index) => steps.appendChild(summaryLine(state, entry, index + 1)));
  summary.append(heading, steps);
  if (weakSteps(state.graph, state.record.path).length) {
    const review = document.createElement("p");
    const link = document.createElement("a");
    link.href = state.root.getAttribute("data-kb-review-href");
    link.textContent = "选得不好的步骤已记进错题本，可以从那一步重练";
    review.appendChild(link);
    summary.appendChild(review);
  }
}

/** D19: a replay from a step of the 错题本 says so above the log, with the step's first words. */
function renderReplayNotice(state) {
  const notice = state.root.querySelector("[data-kb-replay-notice]");
  if (!notice) return;
  const from = state.record.from;
  notice.hidden = from === state.graph.start;
  if (notice.hidden) return;
  const says = nodeSection(state, from).querySelector("[data-kb-says]").cloneNode(true);
  says.querySelectorAll(".kb-scenario__who").forEach((who) => who.remove());
  const words = spoken(says);
  notice.querySelector("[data-kb-replay-step]").textContent = "“" + (words.length > 24 ? words.slice(0, 24) + "…" : words) + "”";
}

function render(state) {
  renderReplayNotice(state);
  const log = state.root.querySelector("[data-kb-log]");
  log.replaceChildren(...pastTurns(state), ...currentTurns(state));
  const back = state.root.querySelector('[data-kb-scenario-action="step-back"]');
  back.disabled = state.record.path.length === 0;
  state.root.querySelector("[data-kb-back-why]").hidden = !back.disabled;
  renderSummary(state);
}

function announce(state, message) {
  const region = state.root.querySelector("[data-kb-announce]");
  region.textContent = "";
  window.setTimeout(() => { region.textContent = message; }, 50);
}

function save(state) {
  if (isFinished(state.graph, state.record.path, state.record.from)) state.record = recordFinish(state.graph, state.record, Date.now());
  // The record as the scenario logic keeps it, plus the first play (first-play.js), kept apart.
  const saved = writeScenarioRecord(state.id, state.first ? { ...state.record, first: state.first } : state.record);
  showSaveWarning(state, saved);
}

/** Says in the page, under the conversation, that the browser did not store the last step (the
 * announcement of the choice that follows would cover a spoken warning); gone after a save works. */
function showSaveWarning(state, saved) {
  state.root.querySelectorAll("[data-kb-not-saved]").forEach((warning) => warning.remove());
  if (saved) return;
  const warning = document.createElement("p");
  warning.className = "kb-notice kb-quiz__not-saved";
  warning.setAttribute("data-kb-not-saved", "");
  warning.setAttribute("role", "alert");
  warning.textContent = "注意：这个浏览器没能保存这一步（存储空间已满或处于隐私模式），刷新页面后会丢失。";
  state.root.querySelector("[data-kb-log]").after(warning);
}

function focusAfter(state, target) {
  const log = state.root.querySelector("[data-kb-log]");
  const element = target === "feedback" ? [...log.querySelectorAll(".kb-turn--feedback > *")].pop()
    : target === "summary" ? state.root.querySelector("[data-kb-summary]") : log.querySelector("[data-kb-scenario-choose]");
  if (!element) return;
  element.focus({ preventScroll: target === "summary" });
  if (target === "summary") element.scrollIntoView({ block: "start" }); // D5: not under the header
}

function spoken(element) {
  return element ? element.textContent.replace(/\s+/g, " ").trim() : "";
}

/** What the live region says after a choice (D17): the choice, its verdict and feedback joined
 * by "：" (without a doubled 。 or the 回到原文 link), and, when the path has ended, the ending. */
function choiceMessage(state, button) {
  const feedback = [...state.root.querySelectorAll(".kb-turn--feedback .kb-scenario__feedback")].pop();
  const verdict = feedback ? feedback.querySelector("[data-kb-choice-verdict]") : null;
  const words = feedback ? [...feedback.children].filter((child) => child !== verdict && !child.matches(".kb-quiz__cite")) : [];
  let message = "你的选择：" + spoken(button).replace(/[。．.]+$/, "") + "。" + spoken(verdict) + "：" + words.map(spoken).join("");
  const ending = state.root.querySelector("[data-kb-log] .kb-turn--ending .kb-scenario__ending");
  if (ending) {
    const label = ending.querySelector(".kb-scenario__who");
    message += " 结局：" + [...ending.children].filter((child) => child !== label).map(spoken).join("");
  }
  return message;
}

function choose(state, button) {
  const entry = { node: currentNode(state.graph, state.record.path, state.record.from), choice: button.getAttribute("data-kb-choice") };
  state.record = recordChoice(state.graph, state.record, entry, Date.now());
  state.first = withFirstChoice(state.first, entry, state.record.from === state.graph.start,
    isFinished(state.graph, state.record.path, state.record.from));
  save(state);
  render(state);
  announce(state, choiceMessage(state, button));
  focusAfter(state, isFinished(state.graph, state.record.path, state.record.from) ? "summary" : "feedback");
}

function onAction(state, action) {
  if (action === "step-back") state.record = { ...state.record, path: state.record.path.slice(0, -1) };
  else state.record = { ...state.record, path: [], from: state.graph.start };
  save(state);
  render(state);
  announce(state, action === "step-back" ? "退回了一步，可以重新选择。" : "从头开始。");
  focusAfter(state, "choices");
}

function replayFrom(state) {
  const from = new URLSearchParams(window.location.search).get("from");
  if (!from || state.graph.nodes[from]?.kind !== "step") return;
  state.record = { ...state.record, path: [], from };
  announce(state, "从错题本里记下的这一步开始重练。");
}

function mount(root) {
  if (mounted.has(root)) return;
  const graph = readGraph(root);
  const id = root.getAttribute("data-kb-scenario");
  const stored = readScenarioRecords()[id];
  const first = stored && typeof stored === "object" ? cleanFirstPlay(stored.first) : null;
  const state = { root, id, graph, record: cleanRecord(graph, stored), first };
  mounted.set(root, state);
  replayFrom(state);
  render(state);
  root.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target.closest("[data-kb-scenario-choose], [data-kb-scenario-action]") : null;
    if (!target || target.disabled) return;
    if (target.hasAttribute("data-kb-scenario-choose")) choose(state, target);
    else onAction(state, target.getAttribute("data-kb-scenario-action"));
  });
  root.setAttribute("data-kb-ready", "true");
}

/** On the 错题本: show the steps this learner chose weakly (the stored records say which). */
function showWeakSteps(section) {
  const records = readScenarioRecords();
  let shown = 0;
  section.querySelectorAll("[data-kb-scenario-weak]").forEach((entry) => {
    const record = records[entry.getAttribute("data-kb-scenario-weak")];
    const weak = record && typeof record === "object" && record.weak && typeof record.weak === "object" ? record.weak : null;
    entry.hidden = !(weak && Object.prototype.hasOwnProperty.call(weak, entry.getAttribute("data-kb-scenario-node")));
    if (!entry.hidden) shown += 1;
  });
  section.hidden = shown === 0;
  // D19: the list is at the very end of the 错题本; a line at the top says it is there.
  document.querySelectorAll("[data-kb-scenario-review-link]").forEach((line) => {
    line.hidden = shown === 0;
    line.querySelector("[data-kb-scenario-review-count]").textContent = String(shown);
    const link = line.querySelector("a");
    if (link && !link.hasAttribute("data-kb-jump")) {
      link.setAttribute("data-kb-jump", "");
      link.addEventListener("click", (event) => jumpTo(event, section));
    }
  });
}

/** Goes to `section` on this page: Material's instant navigation takes a same-page link over and
 * scrolls back to the top, so the jump is made here, and focus follows for keyboard users. */
function jumpTo(event, section) {
  const heading = section.querySelector("h2");
  if (!heading) return;
  event.preventDefault();
  event.stopPropagation();
  heading.setAttribute("tabindex", "-1");
  heading.focus({ preventScroll: true });
  heading.scrollIntoView({ block: "start" });
}

/** On 今日复习: the scenario steps due today by their spaced-review schedule. */
function showDueSteps(section) {
  const records = readScenarioRecords();
  const today = localDay(Date.now());
  let shown = 0;
  section.querySelectorAll("[data-kb-scenario-step]").forEach((entry) => {
    const record = records[entry.getAttribute("data-kb-scenario-step")];
    const schedules = record && typeof record === "object" && record.schedule && typeof record.schedule === "object" ? record.schedule : {};
    const node = entry.getAttribute("data-kb-scenario-node");
    const schedule = Object.prototype.hasOwnProperty.call(schedules, node) ? cleanSchedule(schedules[node]) : null;
    entry.hidden = !(schedule && schedule.due <= today);
    if (!entry.hidden) shown += 1;
  });
  section.hidden = shown === 0;
}

/** On the quiz index: each scenario's best score so far, from the stored records. */
function showBestScores(list) {
  const records = readScenarioRecords();
  list.querySelectorAll("[data-kb-scenario-entry]").forEach((entry) => {
    const record = records[entry.getAttribute("data-kb-scenario-entry")];
    const limit = Number(entry.getAttribute("data-kb-best"));
    const best = record && Number.isInteger(record.best) && record.best >= 0 && record.best <= limit ? record.best : null;
    entry.querySelector("[data-kb-scenario-score]").textContent = best === null ? "" : ` · 你的最好成绩 ${best} 分`;
  });
}

function mountAll() {
  document.querySelectorAll("[data-kb-scenario]").forEach(mount);
  document.querySelectorAll("[data-kb-scenario-list]").forEach(showBestScores);
  document.querySelectorAll("[data-kb-scenario-due]").forEach(showDueSteps);
  document.querySelectorAll("[data-kb-scenario-review]").forEach(showWeakSteps);
}

// An import or a reset on the quiz index changed the stored records (views/data-tools.js, D6).
document.addEventListener("kb:progress-changed", () => {
  document.querySelectorAll("[data-kb-scenario-list]").forEach(showBestScores);
  document.querySelectorAll("[data-kb-scenario-due]").forEach(showDueSteps);
});

onEveryPage(mountAll);

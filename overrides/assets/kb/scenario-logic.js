import { cleanSchedule, reschedule } from "./schedule.js";
import { dict, own } from "./safe-map.js";

/* 情景演练, the pure part: a scenario graph, the path a learner took through it, scores and
 * weak choices. No DOM, no storage: scenario.js reads the graph from the page and keeps the path.
 *
 * graph = {start, nodes: {id: {kind: "step"|"ending", choices: {key: {next, score}}}}}
 * path  = [{node, choice}, ...] from `from` (the start, or the step a replay begins at). */

/** The node the learner stands at after `path`, starting from `from`. */
export function currentNode(graph, path, from = graph.start) {
  return path.length ? own(own(graph.nodes, path[path.length - 1].node).choices, path[path.length - 1].choice).next : from;
}

/** Whether the path has reached an ending. */
export function isFinished(graph, path, from = graph.start) {
  const node = own(graph.nodes, currentNode(graph, path, from));
  return node !== undefined && node.kind === "ending";
}

/** The most steps a path keeps. A play without loops has at most one step per node (30); only a
 * learner going round a loop again and again gets near it. */
export const MAX_PATH_STEPS = 200;
/** The most stored steps read back: bounds the work a corrupt or planted record can cause. */
const MAX_STORED_STEPS = 10 * MAX_PATH_STEPS;

/** The longest valid beginning of a stored path: each step where the last one led, each choice real;
 * a path longer than MAX_PATH_STEPS loses its earliest loops (foldedPath), never its end. */
export function cleanPath(graph, raw, from = graph.start) {
  const path = [];
  if (!Array.isArray(raw) || own(graph.nodes, from) === undefined) return path;
  for (const entry of raw.slice(0, MAX_STORED_STEPS)) {
    if (entry === null || typeof entry !== "object") break;
    const here = currentNode(graph, path, from);
    const node = own(graph.nodes, here);
    if (!node || node.kind !== "step" || entry.node !== here || typeof entry.choice !== "string") break;
    if (own(node.choices, entry.choice) === undefined) break;
    path.push({ node: here, choice: entry.choice });
  }
  return foldedPath(path);
}

/** `path` with its earliest loops taken out until it has at most `limit` steps.
 *
 * A loop is the stretch between two visits of one step; without it the path still leads step to
 * step from the same beginning to the same place, so the learner stays where they are. A path
 * with no loop left visits each step once and is shorter than any limit that matters. */
export function foldedPath(path, limit = MAX_PATH_STEPS) {
  let result = path;
  while (result.length > limit) {
    const loop = firstLoop(result);
    if (loop === null) break;
    result = [...result.slice(0, loop.from), ...result.slice(loop.to)];
  }
  return result;
}

/** Where the earliest loop of a path starts and where the step it began at comes round again. */
function firstLoop(path) {
  const firstVisit = new Map();
  for (let index = 0; index < path.length; index++) {
    const earlier = firstVisit.get(path[index].node);
    if (earlier !== undefined) return { from: earlier, to: index };
    firstVisit.set(path[index].node, index);
  }
  return null;
}

/** The sum of the scores of the choices taken. */
export function totalScore(graph, path) {
  return path.reduce((sum, { node, choice }) => sum + own(own(graph.nodes, node).choices, choice).score, 0);
}

/** The highest score any choice at a step gives. */
export function bestChoiceScore(graph, nodeId) {
  return Math.max(...Object.values(own(graph.nodes, nodeId).choices).map((choice) => choice.score));
}

/** The best total from `from` to an ending on a play that never goes back (0 if none).
 *
 * A choice goes back when it leads to a step the conversation is still inside of: walking the
 * graph depth first from `from`, choices in the order written, it names a step on the way from
 * `from` to here. Loops only repeat choices, so the best play leaves them out; without them the
 * graph has no cycle and the best total is a longest path, found in one walk (each node and each
 * choice looked at once). The same walk as kb/scenario/graph.py's best_score. */
export function bestScore(graph, from = graph.start) {
  if (own(graph.nodes, from) === undefined) return 0;
  const best = new Map();
  const onTheWay = new Set([from]);
  const walk = [{ node: from, next: targets(graph, from), at: 0 }];
  while (walk.length) {
    const top = walk[walk.length - 1];
    let deeper = null;
    while (top.at < top.next.length && deeper === null) {
      const target = top.next[top.at++];
      if (!best.has(target) && !onTheWay.has(target)) deeper = target;
    }
    if (deeper !== null) {
      onTheWay.add(deeper);
      walk.push({ node: deeper, next: targets(graph, deeper), at: 0 });
    } else {
      walk.pop();
      onTheWay.delete(top.node);
      best.set(top.node, bestHere(graph, top.node, best));
    }
  }
  return best.get(from) ?? 0;
}

/** The nodes a node's choices lead to, in the order written (none for an ending or an unknown id). */
function targets(graph, nodeId) {
  const node = own(graph.nodes, nodeId);
  return node && node.kind === "step" ? Object.values(node.choices).map((choice) => choice.next) : [];
}

/** The best total from a node once every node it leads to without going back is done (null if none):
 * a target not done yet is still on the way from the start, a choice that goes back. */
function bestHere(graph, nodeId, best) {
  const node = own(graph.nodes, nodeId);
  if (!node) return null;
  if (node.kind === "ending") return 0;
  let result = null;
  for (const choice of Object.values(node.choices)) {
    const rest = best.get(choice.next);
    if (rest !== undefined && rest !== null && (result === null || choice.score + rest > result)) result = choice.score + rest;
  }
  return result;
}

/** The steps of the path where the learner did not take a best choice, with what they took. */
export function weakSteps(graph, path) {
  return path.filter(({ node, choice }) => own(own(graph.nodes, node).choices, choice).score < bestChoiceScore(graph, node));
}

/** A scenario's stored record made meaningful: {path, from, best, weak: {node: {choice, at}}}. */
export function cleanRecord(graph, raw) {
  const record = { path: [], from: graph.start, best: null, weak: dict(), schedule: dict() };
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return record;
  const from = typeof raw.from === "string" && own(graph.nodes, raw.from)?.kind === "step" ? raw.from : graph.start;
  record.from = from;
  record.path = cleanPath(graph, raw.path, from);
  const limit = bestScore(graph);
  if (Number.isInteger(raw.best) && raw.best >= 0 && raw.best <= limit) record.best = raw.best;
  const weak = raw.weak !== null && typeof raw.weak === "object" ? raw.weak : {};
  const schedule = raw.schedule !== null && typeof raw.schedule === "object" ? raw.schedule : {};
  for (const node of Object.keys(schedule)) {
    const entry = own(graph.nodes, node)?.kind === "step" ? cleanSchedule(schedule[node]) : null;
    if (entry) record.schedule[node] = entry;
  }
  for (const node of Object.keys(weak)) {
    const step = own(graph.nodes, node);
    const entry = weak[node];
    if (step && step.kind === "step" && entry && typeof entry === "object" && own(step.choices, entry.choice) !== undefined) {
      record.weak[node] = { choice: entry.choice, at: typeof entry.at === "string" ? entry.at.slice(0, 40) : null };
    }
  }
  return record;
}

/** The record after the path reached an ending: best score (full plays only) and weak steps. */
export function recordFinish(graph, record, now) {
  const next = { ...record, weak: Object.assign(dict(), record.weak), schedule: Object.assign(dict(), record.schedule) };
  // In path order, so a best choice made later at the same step (after a loop) clears it.
  const weak = new Set(weakSteps(graph, record.path));
  for (const entry of record.path) {
    if (weak.has(entry)) next.weak[entry.node] = { choice: entry.choice, at: new Date(now).toISOString() };
    else delete next.weak[entry.node];
  }
  if (record.from === graph.start) {
    const score = totalScore(graph, record.path);
    next.best = next.best === null ? score : Math.max(next.best, score);
  }
  return next;
}

/** The record after a choice at a step: that step's spaced-review schedule moves like an item's
 * (a best choice counts as a right answer). */
export function recordChoice(graph, record, entry, now) {
  const right = weakSteps(graph, [entry]).length === 0;
  const schedule = Object.assign(dict(), record.schedule);
  schedule[entry.node] = reschedule(own(record.schedule, entry.node) || null, right, now);
  return { ...record, path: foldedPath([...record.path, entry]), schedule };
}

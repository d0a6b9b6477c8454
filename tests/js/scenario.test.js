/* 情景演练 logic: paths, scores, the best play with loops, weak steps and stored records. */

import {
  bestScore,
  cleanPath,
  cleanRecord,
  currentNode,
  isFinished,
  MAX_PATH_STEPS,
  recordChoice,
  recordFinish,
  totalScore,
  weakSteps,
} from "../assets/kb/scenario-logic.js";
import { assert, assertEqual, test } from "./harness.js";

// call → (good 2 → meet | weak 0 → wait); wait → (back to call 1 | give up 0 → lost); meet → (win 2 | gift 0 → bad)
const graph = {
  start: "call",
  nodes: {
    call: { kind: "step", choices: { c1: { next: "meet", score: 2 }, c2: { next: "wait", score: 0 } } },
    wait: { kind: "step", choices: { c1: { next: "call", score: 1 }, c2: { next: "lost", score: 0 } } },
    meet: { kind: "step", choices: { c1: { next: "win", score: 2 }, c2: { next: "bad", score: 0 } } },
    win: { kind: "ending", choices: {} },
    lost: { kind: "ending", choices: {} },
    bad: { kind: "ending", choices: {} },
  },
};
const bestPath = [{ node: "call", choice: "c1" }, { node: "meet", choice: "c1" }];
const loopPath = [{ node: "call", choice: "c2" }, { node: "wait", choice: "c1" }, { node: "call", choice: "c1" }, { node: "meet", choice: "c2" }];

test("the path leads from the start to the node its last choice names", () => {
  assertEqual(currentNode(graph, []), "call");
  assertEqual(currentNode(graph, bestPath.slice(0, 1)), "meet");
  assertEqual(isFinished(graph, bestPath), true);
  assertEqual(isFinished(graph, bestPath.slice(0, 1)), false);
});

test("the best play scores the most on a path without repeats, even where a loop exists", () => {
  assertEqual(bestScore(graph), 4);
  assertEqual(bestScore(graph, "wait"), 5, "from wait: back to call (1), then the best 2 + 2");
});

/** `steps` steps and one ending; each step goes back one, on one, two or three, all scoring 2
 * (the reliability review's dense graph: the old search tried every path, minutes at 30 nodes). */
function denseGraph(steps) {
  const id = (number) => (number < steps ? `s${number}` : "end");
  const nodes = { end: { kind: "ending", choices: {} } };
  for (let number = 0; number < steps; number++) {
    const choices = {};
    [number - 1, number + 1, number + 2, number + 3].filter((target) => target >= 0).forEach((target, index) => {
      choices[`c${index + 1}`] = { next: id(target), score: 2 };
    });
    nodes[id(number)] = { kind: "step", choices };
  }
  return { start: "s0", nodes };
}

test("a dense 30-node scenario gets its best score without trying every path", () => {
  assertEqual(bestScore(denseGraph(29)), 58, "one step at a time is the longest play");
  assertEqual(bestScore(denseGraph(29), "s27"), 8, "a replay from s27: s27 → s26 → s25 → s28 → end");
});

test("the best play leaves out choices that go back to a step still on the way, as in Python", () => {
  const sideways = {
    start: "a",
    nodes: {
      a: { kind: "step", choices: { c1: { next: "b", score: 0 }, c2: { next: "c", score: 1 } } },
      b: { kind: "step", choices: { c1: { next: "a", score: 2 }, c2: { next: "end", score: 1 } } },
      c: { kind: "step", choices: { c1: { next: "end", score: 0 }, c2: { next: "c", score: 2 } } },
      end: { kind: "ending", choices: {} },
    },
  };
  assertEqual(bestScore(sideways), 1);
  assertEqual(bestScore(sideways, "b"), 3, "from b, a is not on the way back: b → a → c → end");
  assertEqual(bestScore(sideways, "nowhere"), 0);
});

test("the score of a path adds up its choices, loops included", () => {
  assertEqual(totalScore(graph, bestPath), 4);
  assertEqual(totalScore(graph, loopPath), 3);
});

test("weak steps are those where a better choice was there", () => {
  assertEqual(weakSteps(graph, loopPath), [{ node: "call", choice: "c2" }, { node: "meet", choice: "c2" }]);
  assertEqual(weakSteps(graph, bestPath), []);
});

test("a stored path is kept up to its first impossible step", () => {
  assertEqual(cleanPath(graph, bestPath), bestPath);
  assertEqual(cleanPath(graph, [{ node: "call", choice: "c1" }, { node: "wait", choice: "c1" }]), bestPath.slice(0, 1));
  assertEqual(cleanPath(graph, [{ node: "call", choice: "zz" }]), []);
  assertEqual(cleanPath(graph, [{ node: "constructor", choice: "c1" }]), []);
  assertEqual(cleanPath(graph, "not a path"), []);
  assertEqual(cleanPath(graph, [...bestPath, { node: "win", choice: "c1" }]), bestPath, "nothing after an ending");
});

/** `rounds` times round the call → wait → call loop, then the best choice at call (the learner is at meet). */
function roundTheLoop(rounds) {
  const loop = [{ node: "call", choice: "c2" }, { node: "wait", choice: "c1" }];
  return [...Array.from({ length: rounds }, () => loop).flat(), { node: "call", choice: "c1" }];
}

test("a stored path longer than the limit loses its earliest loops, and the learner stays where they were", () => {
  const long = roundTheLoop(125); // 251 steps
  const kept = cleanPath(graph, long);
  assert(kept.length <= MAX_PATH_STEPS, `${kept.length} steps kept`);
  assertEqual(currentNode(graph, kept), "meet");
  assertEqual(kept.slice(-5), long.slice(-5), "the latest turns are the ones kept");
  assertEqual(cleanPath(graph, roundTheLoop(99)), roundTheLoop(99), "199 steps are kept as they are");
});

test("a choice beyond the limit folds the path the same way, so a reload shows what the learner saw", () => {
  let record = { ...cleanRecord(graph, null), path: roundTheLoop(99).slice(0, -1) }; // 198 steps, at call
  for (let round = 0; round < 30; round++) {
    record = recordChoice(graph, record, { node: "call", choice: "c2" }, 0);
    record = recordChoice(graph, record, { node: "wait", choice: "c1" }, 0);
  }
  record = recordChoice(graph, record, { node: "call", choice: "c1" }, 0);
  assert(record.path.length <= MAX_PATH_STEPS, `${record.path.length} steps kept`);
  assertEqual(currentNode(graph, record.path), "meet");
  assertEqual(cleanRecord(graph, JSON.parse(JSON.stringify(record))).path, record.path);
});

test("a stored record keeps only what fits the scenario", () => {
  const raw = { path: bestPath, best: 99, from: "__proto__", weak: { call: { choice: "c2", at: "2026-11-30" }, win: { choice: "c1" }, ghost: {} } };
  const record = cleanRecord(graph, raw);
  assertEqual(record.path, bestPath);
  assertEqual(record.best, null, "a best above the maximum means nothing");
  assertEqual(record.from, "call");
  assertEqual(Object.keys(record.weak), ["call"]);
  assertEqual(cleanRecord(graph, null).path, []);
});

test("finishing records the best score and which steps need practice; a best choice later clears one", () => {
  const now = Date.UTC(2026, 10, 30);
  const givingUp = [{ node: "call", choice: "c2" }, { node: "wait", choice: "c2" }];
  let record = recordFinish(graph, { path: givingUp, from: "call", best: null, weak: Object.create(null) }, now);
  assertEqual(record.best, 0);
  assertEqual(Object.keys(record.weak).sort(), ["call", "wait"]);
  record = recordFinish(graph, { ...record, path: bestPath }, now);
  assertEqual(record.best, 4);
  assertEqual(Object.keys(record.weak), ["wait"]);
});

test("after a loop, the later best choice at a step is the one that counts", () => {
  const record = recordFinish(graph, { path: loopPath, from: "call", best: null, weak: Object.create(null) }, 0);
  assertEqual(record.best, 3);
  assertEqual(Object.keys(record.weak), ["meet"]);
});

test("a replay from a step clears that step when done well but does not count as a full play", () => {
  const now = Date.UTC(2026, 10, 30);
  const start = { path: [{ node: "meet", choice: "c1" }], from: "meet", best: 1, weak: Object.assign(Object.create(null), { meet: { choice: "c2", at: null } }) };
  const record = recordFinish(graph, start, now);
  assertEqual(record.best, 1);
  assertEqual(Object.keys(record.weak), []);
});

test("each choice schedules its step for spaced review: a best choice in 3 days, a weak one tomorrow", () => {
  const now = new Date(2026, 10, 30, 9, 0);
  let record = cleanRecord(graph, null);
  record = recordChoice(graph, record, { node: "call", choice: "c2" }, now);
  record = recordChoice(graph, record, { node: "wait", choice: "c1" }, now);
  assertEqual(record.schedule.call, { box: 1, last: "2026-11-30", due: "2026-12-01" });
  assertEqual(record.schedule.wait, { box: 2, last: "2026-11-30", due: "2026-12-03" });
  assertEqual(record.path.length, 2);
  const stored = cleanRecord(graph, JSON.parse(JSON.stringify({ ...record, schedule: { ...record.schedule, win: record.schedule.call, call: { box: 9 } } })));
  assertEqual(Object.keys(stored.schedule), ["wait"], "endings and corrupt entries are dropped");
});

/* The first play of a 情景演练, kept for the trainer's report (issue 33): the first choice the
 * learner made at each step on their first play from the start, and whether that play reached
 * an ending. Later plays, steps back and replays from the 错题本 never change it.
 * Pure: records in, records out. */

const MAX_STEPS = 200;
const MAX_ID = 80;

function isId(value) {
  return typeof value === "string" && value.length > 0 && value.length <= MAX_ID;
}

/** A stored first play made meaningful: {path: [{node, choice}], finished}; null when none. */
export function cleanFirstPlay(raw) {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw) || !Array.isArray(raw.path)) return null;
  const seen = new Set();
  const path = [];
  for (const entry of raw.path.slice(0, MAX_STEPS)) {
    if (!entry || typeof entry !== "object" || !isId(entry.node) || !isId(entry.choice) || seen.has(entry.node)) continue;
    seen.add(entry.node);
    path.push({ node: entry.node, choice: entry.choice });
  }
  return { path, finished: raw.finished === true };
}

/**
 * The first play after a choice `entry` ({node, choice}) on a play that started at the scenario's
 * start (`fromStart`); `ended` says whether that choice reached an ending. A step already chosen
 * on the first play keeps its first choice; once the first play ended, nothing changes.
 */
export function withFirstChoice(first, entry, fromStart, ended) {
  if (!fromStart || (first && first.finished)) return first;
  const path = first ? first.path : [];
  const known = path.some((step) => step.node === entry.node);
  const next = known || path.length >= MAX_STEPS ? path : [...path, { node: entry.node, choice: entry.choice }];
  return { path: next, finished: ended };
}

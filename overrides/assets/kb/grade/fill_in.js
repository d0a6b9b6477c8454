/* Grading of fill-in items: what was typed in each blank against that blank's accepted answers
 * (already normalised by the build). parts[i] says whether blank i + 1 is right. Pure. */

import { normaliseBlank } from "./normalise.js";

export function grade(answer, key) {
  const accepted = Array.isArray(key.accepted) ? key.accepted : [];
  const parts = accepted.map((answers, index) => {
    const typed = normaliseBlank(answer[index] || "");
    return typed !== "" && Array.isArray(answers) && answers.includes(typed);
  });
  const correct = answer.length === accepted.length && parts.length > 0 && parts.every(Boolean);
  return { correct, parts };
}

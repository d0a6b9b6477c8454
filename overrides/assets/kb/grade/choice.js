/* Grading of single, multiple and true/false items: the chosen option keys against the right ones.
 * parts[i] says whether the i-th chosen key is a right one. Pure. */

export function grade(answer, key) {
  const correctKeys = Array.isArray(key.correct) ? key.correct : [];
  const chosen = new Set(answer);
  const parts = answer.map((option) => correctKeys.includes(option));
  const correct = chosen.size === answer.length && chosen.size === correctKeys.length &&
    correctKeys.every((option) => chosen.has(option));
  return { correct, parts };
}

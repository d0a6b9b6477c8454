/* Grading of ordering items: the learner's order of entry keys against the right order.
 * parts[i] says whether position i + 1 holds the right entry. Pure. */

export function grade(answer, key) {
  const correctOrder = Array.isArray(key.correct) ? key.correct : [];
  const parts = correctOrder.map((entry, index) => answer[index] === entry);
  const correct = answer.length === correctOrder.length && parts.every(Boolean);
  return { correct, parts };
}

/* Grading of matching items: for each left entry (in bank order) the chosen right key, "" when
 * none. parts[i] says whether pair i + 1 is right. Pure. */

export function grade(answer, key) {
  const correctRights = Array.isArray(key.correct) ? key.correct : [];
  const parts = correctRights.map((right, index) => answer[index] === right);
  const correct = answer.length === correctRights.length && parts.every(Boolean);
  return { correct, parts };
}

/* Grading of categorise (归类) items: for each statement (in the page's order) the chosen group
 * key, "" when none. parts[i] says whether statement i + 1 is in its group. Pure. */

export function grade(answer, key) {
  const groups = Array.isArray(key.correct) ? key.correct : [];
  const parts = groups.map((group, index) => answer[index] === group);
  const correct = answer.length === groups.length && parts.length > 0 && parts.every(Boolean);
  return { correct, parts };
}

/* Which grading function belongs to which item type. Adding a type: one module, one line here. */

import * as choice from "./choice.js";
import * as fillIn from "./fill_in.js";
import * as matching from "./matching.js";
import * as ordering from "./ordering.js";

const GRADERS = {
  single: choice.grade,
  multiple: choice.grade,
  true_false: choice.grade,
  ordering: ordering.grade,
  matching: matching.grade,
  fill_in: fillIn.grade,
};

/** Grades `answer` (a list of strings) against an item's key; an unknown kind is never right. */
export function gradeItem(answer, key) {
  const grader = key && Object.prototype.hasOwnProperty.call(GRADERS, key.kind) ? GRADERS[key.kind] : null;
  return grader ? grader(answer, key) : { correct: false, parts: [] };
}

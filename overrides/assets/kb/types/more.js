/* The item types few banks use (排序题、配对题、填空题、归类题): their graders and mounts, in one
 * module fetched only on a page that holds one of them (issue 32: nine banks in eleven hold only
 * choice items). Running it registers them with types.js: a quiz page's head runs it before
 * quiz.js (kb/site_assets.py), so the quiz mounts at once; after instant navigation, types.js's
 * loadTypes imports it. Each line has the form of types.js's; a type's Python half
 * (kb/quiz/types/<type>.py) names this file as its `browser_module`. */

import * as categoriseGrade from "../grade/categorise.js";
import * as fillInGrade from "../grade/fill_in.js";
import * as matchingGrade from "../grade/matching.js";
import * as orderingGrade from "../grade/ordering.js";
import * as categoriseMount from "../mount/categorise.js";
import * as fillInMount from "../mount/fill_in.js";
import * as matchingMount from "../mount/matching.js";
import * as orderingMount from "../mount/ordering.js";
import { registerTypes } from "../types.js";

/** @type {Object<string, import("../types.js").ItemTypeModule>} */
export const MORE_TYPES = {
  ordering: { grade: orderingGrade.grade, mount: orderingMount },
  matching: { grade: matchingGrade.grade, mount: matchingMount },
  fill_in: { grade: fillInGrade.grade, mount: fillInMount },
  categorise: { grade: categoriseGrade.grade, mount: categoriseMount },
};

registerTypes(MORE_TYPES);

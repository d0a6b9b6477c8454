/* Which DOM module mounts which item type (`data-kb-kind`). Adding a type: one module, one line. */

import * as choice from "./choice.js";
import * as fillIn from "./fill_in.js";
import * as matching from "./matching.js";
import * as ordering from "./ordering.js";

const MOUNTS = {
  single: choice,
  multiple: choice,
  true_false: choice,
  ordering,
  matching,
  fill_in: fillIn,
};

/** The mount module for an item element, or null for a kind this script does not know. */
export function mountFor(item) {
  const kind = item.getAttribute("data-kb-kind");
  return Object.prototype.hasOwnProperty.call(MOUNTS, kind) ? MOUNTS[kind] : null;
}

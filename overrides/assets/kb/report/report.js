/* 培训师看板: the whole report derived from the catalog and the learners read so far. Pure: the view
 * (view.js) only draws what this returns. */

import { changedItems, firstAnswers, learnerRow, scenarioPaths, scoreHistogram, topicCounts, weakSections } from "./cohort.js";
import { allItemStatistics } from "./items.js";

/**
 * {learners: rows, pilots: rows, topics, items: [{item, stats}], changed, sections, histogram,
 * scenarios}. Pilots ("试做") count only beside learners, never in the learners' statistics.
 */
export function buildReport(catalog, scenarios, learners, now) {
  const itemsById = new Map(catalog.items.map((item) => [item.id, item]));
  const read = learners.map((learner) => ({ learner, ...firstAnswers(learner, itemsById) }));
  const cohort = read.filter((entry) => !entry.learner.pilot);
  const pilots = read.filter((entry) => entry.learner.pilot);
  const statistics = allItemStatistics(catalog.items, cohort, pilots);
  const rows = (entries) => entries.map((entry) => learnerRow(entry.learner, catalog, entry.answers, now));
  const learnerRows = rows(cohort);
  return {
    learners: learnerRows,
    pilots: rows(pilots),
    topics: topicCounts(catalog, cohort),
    items: catalog.items.map((item, index) => ({ item, stats: statistics[index] })),
    changed: changedItems(catalog.items, read),
    sections: weakSections(catalog.items, statistics),
    histogram: scoreHistogram(learnerRows),
    scenarios: scenarioPaths(scenarios, cohort.map((entry) => entry.learner)),
  };
}

/* 培训师看板, the cohort: which first answers count, each learner's progress, topics, weak sections,
 * scenario paths and the spread of total scores. Pure: learners and the catalog in, rows out.
 *
 * catalog = {banks: [{id, title, version, items}], items: [{id, bank, version, kind, key, typeName,
 * labels, places, ordered, countPicks, section: {href, title}, …}]}; a learner is what files.js
 * reads from one export. */

import { cleanFirstPlay } from "../first-play.js";
import { localDay } from "../schedule.js";
import { own } from "../safe-map.js";

/**
 * A learner's first answers that count: items the site has, answered under the bank version the
 * site has now (or a file that did not record versions). Items of a bank changed since the file
 * was exported are listed apart in `changed`, never mixed in.
 */
export function firstAnswers(learner, itemsById) {
  const answers = new Map();
  const changed = [];
  for (const [id, record] of Object.entries(learner.progress.items)) {
    const item = itemsById.get(id);
    if (!item || !record.first) continue;
    const exported = learner.versions ? own(learner.versions, item.bank) : undefined;
    if (exported !== undefined && exported !== item.version) changed.push(id);
    else answers.set(id, { answer: record.first.answer, correct: record.first.correct });
  }
  return { answers, changed };
}

/** Items answered under an older version: [{id, learners}] in catalog order. */
export function changedItems(items, results) {
  const counts = new Map();
  for (const result of results) for (const id of result.changed) counts.set(id, (counts.get(id) || 0) + 1);
  return items.filter((item) => counts.has(item.id)).map((item) => ({ item, learners: counts.get(item.id) }));
}

/** What the report calls a learner: the name given, else the file's name. */
export function learnerLabel(learner) {
  return learner.name || learner.file;
}

function finishedFirstPlays(learner) {
  return Object.values(learner.scenarios).map((record) => cleanFirstPlay(record && record.first)).filter((first) => first && first.finished).length;
}

/** One learner's progress: banks attempted, best score per bank, items due by `now`, scenarios
 * finished, and the first-attempt score (right of answered). */
export function learnerRow(learner, catalog, answers, now) {
  const today = localDay(now);
  const best = catalog.banks.map((bank) => {
    const record = own(learner.progress.banks, bank.id);
    return record && record.bestCorrect !== null ? { bank: bank.id, correct: record.bestCorrect, total: bank.items.length } : null;
  });
  const onSite = new Set(catalog.items.map((item) => item.id));
  const due = Object.entries(learner.progress.items).filter(([id, record]) => onSite.has(id) && record.schedule && record.schedule.due <= today).length;
  let right = 0;
  answers.forEach((entry) => { if (entry.correct) right += 1; });
  return {
    label: learnerLabel(learner),
    pilot: learner.pilot,
    banksDone: best.filter(Boolean).length,
    best,
    due,
    scenariosFinished: finishedFirstPlays(learner),
    answered: answers.size,
    right,
  };
}

/** Per bank: how many learners answered at least one of its items. */
export function topicCounts(catalog, responses) {
  return catalog.banks.map((bank) => ({
    bank,
    learners: responses.filter(({ answers }) => bank.items.some((id) => answers.has(id))).length,
  }));
}

/** Sections whose items learners miss most: [{section, answers, wrong, share}], worst first;
 * only sections at least half of whose first answers were wrong. */
export function weakSections(items, statistics, threshold = 0.5) {
  const sections = new Map();
  items.forEach((item, index) => {
    const stats = statistics[index];
    if (!stats.n) return;
    const entry = sections.get(item.section.href) || { section: item.section, answers: 0, wrong: 0 };
    entry.answers += stats.n;
    entry.wrong += stats.n - Math.round(stats.facility * stats.n);
    sections.set(item.section.href, entry);
  });
  return [...sections.values()].map((entry) => ({ ...entry, share: entry.wrong / entry.answers }))
    .filter((entry) => entry.share >= threshold).sort((a, b) => b.share - a.share || a.section.href.localeCompare(b.section.href));
}

/** Share of learners (first-attempt percent right) in each tenth: [{from, to, count}], ten bins. */
export function scoreHistogram(rows) {
  const bins = Array.from({ length: 10 }, (_, index) => ({ from: index * 10, to: index * 10 + 10, count: 0 }));
  for (const row of rows) {
    if (!row.answered) continue;
    bins[Math.min(9, Math.floor((row.right / row.answered) * 10))].count += 1;
  }
  return bins;
}

/** At each step of each scenario, how many first plays took each choice; endings reached. */
export function scenarioPaths(scenarios, learners) {
  return scenarios.map((scenario) => {
    const firsts = learners.map((learner) => cleanFirstPlay(own(learner.scenarios, scenario.id)?.first)).filter(Boolean);
    const steps = scenario.steps.map((step) => {
      const taken = firsts.map((first) => first.path.find((entry) => entry.node === step.id)).filter(Boolean);
      const choices = step.choices.map((choice) => ({ ...choice, count: taken.filter((entry) => entry.choice === choice.key).length }));
      return { step, players: taken.length, choices };
    }).filter((row) => row.players > 0);
    const endings = scenario.endings.map((ending) => ({ ending, count: firsts.filter((first) => first.finished && endingOf(scenario, first) === ending.id).length }));
    return { scenario, players: firsts.length, steps, endings };
  });
}

function endingOf(scenario, first) {
  const last = first.path[first.path.length - 1];
  const step = last && scenario.steps.find((entry) => entry.id === last.node);
  const choice = step && step.choices.find((entry) => entry.key === last.choice);
  return choice ? choice.next : null;
}

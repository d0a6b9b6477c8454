/* 培训师看板, the item statistics: facility, discrimination, option shares, common wrong answers,
 * pilots beside learners, and the flags with their reasons in words. Pure: responses in,
 * statistics out. Only first attempts count (storage version 3 keeps them per item).
 *
 * responses = [{answers: Map itemId → {answer: [string], correct: boolean}}], one per learner. */

/** Fewer first answers than this and an item gets no flag: the numbers would be noise. */
export const MIN_RESPONSES = 5;
/** Pilots needed on an item before it is compared with learners. */
export const MIN_PILOTS = 3;
export const TOO_EASY = 0.9;
export const TOO_HARD = 0.2;
/** Discrimination below this is "near zero" (below 0: negative). */
export const LOW_DISCRIMINATION = 0.1;
/** Learners must beat pilots by at least this share for the item to need the reading. */
export const MIN_SENSITIVITY = 0.1;

function mean(values) {
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
}

/** Pearson correlation of two equally long lists; null when either does not vary. */
export function correlation(xs, ys) {
  const mx = mean(xs);
  const my = mean(ys);
  let cov = 0;
  let vx = 0;
  let vy = 0;
  xs.forEach((x, index) => {
    cov += (x - mx) * (ys[index] - my);
    vx += (x - mx) ** 2;
    vy += (ys[index] - my) ** 2;
  });
  return xs.length > 1 && vx > 1e-12 && vy > 1e-12 ? cov / Math.sqrt(vx * vy) : null;
}

/** Per learner: how many first answers, how many right (for rest scores). */
export function totals(responses) {
  return responses.map(({ answers }) => {
    let right = 0;
    answers.forEach((entry) => { if (entry.correct) right += 1; });
    return { answered: answers.size, right };
  });
}

/** Discrimination as the item–rest correlation: the item (0/1) against the share right on the
 * learner's other items (learners answer different sets, so a share, not a count). */
export function restCorrelation(itemId, responses, sums) {
  const xs = [];
  const ys = [];
  responses.forEach(({ answers }, index) => {
    const entry = answers.get(itemId);
    const others = entry ? sums[index].answered - 1 : 0;
    if (!entry || others < 1) return;
    xs.push(entry.correct ? 1 : 0);
    ys.push((sums[index].right - (entry.correct ? 1 : 0)) / others);
  });
  return correlation(xs, ys);
}

/** Upper minus lower 27 %: facility among the best 27 % (by share right) minus among the lowest. */
export function upperLower(itemId, responses, sums) {
  const rows = [];
  responses.forEach(({ answers }, index) => {
    const entry = answers.get(itemId);
    if (entry) rows.push({ correct: entry.correct ? 1 : 0, score: sums[index].right / sums[index].answered });
  });
  const size = Math.round(rows.length * 0.27);
  if (size < 1) return null;
  rows.sort((a, b) => b.score - a.score);
  return mean(rows.slice(0, size).map((row) => row.correct)) - mean(rows.slice(-size).map((row) => row.correct));
}

/** For an item whose type counts picks: per option key, how many first answers picked it. */
export function optionCounts(item, entries) {
  const counts = new Map(Object.keys(item.labels).map((key) => [key, 0]));
  for (const entry of entries) {
    entry.answer.forEach((key, index) => {
      // An option picked twice in one answer counts once.
      if (counts.has(key) && entry.answer.indexOf(key) === index) counts.set(key, counts.get(key) + 1);
    });
  }
  return counts;
}

/** The most common wrong first answers: [{answer, count}], at most `limit`, most common first. */
export function commonWrongAnswers(entries, limit = 3) {
  const counts = new Map();
  for (const entry of entries) {
    if (entry.correct) continue;
    const key = JSON.stringify(entry.answer);
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit)
    .map(([key, count]) => ({ answer: JSON.parse(key), count }));
}

function entriesOf(itemId, responses) {
  return responses.map(({ answers }) => answers.get(itemId)).filter(Boolean);
}

function percent(share) {
  return Math.round(share * 100) + "%";
}

/** The flags about options: a distractor no one picks, a distractor picked more than the key. */
function optionFlags(item, stats) {
  if (!stats.options || stats.n < MIN_RESPONSES) return [];
  const keys = new Set(item.key.correct);
  const keyShare = Math.min(...stats.options.filter((option) => keys.has(option.key)).map((option) => option.share));
  const flags = [];
  for (const option of stats.options) {
    if (keys.has(option.key)) continue;
    if (option.count === 0 && stats.facility <= TOO_EASY) {
      flags.push({ code: "unused-distractor", text: `错误选项“${option.label}”没有人选：它骗不了任何人，换一个像真的误读的说法。` });
    } else if (option.share > keyShare) {
      flags.push({ code: "distractor-over-key", text: `选错误选项“${option.label}”的人（${percent(option.share)}）比选正确答案的人（${percent(keyShare)}）还多：题干或材料可能把人引向它，也可能答案本身有争议。` });
    }
  }
  return flags;
}

/** Every flag of an item with its reason in words (none when too few learners answered). */
export function itemFlags(item, stats) {
  if (stats.n < MIN_RESPONSES) return [];
  const flags = [];
  if (stats.facility > TOO_EASY) flags.push({ code: "too-easy", text: `太容易：${percent(stats.facility)} 的学员第一次就答对，分不出谁读懂了。` });
  else if (stats.facility < TOO_HARD) flags.push({ code: "too-hard", text: `太难：只有 ${percent(stats.facility)} 的学员第一次答对，先看题目和材料是否对得上。` });
  else if (stats.discrimination !== null && stats.discrimination < 0) {
    flags.push({ code: "negative-discrimination", text: `区分度为负（${stats.discrimination.toFixed(2)}）：总体做得好的学员反而更常答错，答案可能有误或题意含糊。` });
  } else if (stats.discrimination !== null && stats.discrimination < LOW_DISCRIMINATION) {
    flags.push({ code: "low-discrimination", text: `区分度接近 0（${stats.discrimination.toFixed(2)}）：答对答错和学员整体掌握得好不好无关，像是在碰运气。` });
  }
  flags.push(...optionFlags(item, stats));
  if (stats.pilot && stats.pilot.n >= MIN_PILOTS && stats.sensitivity < MIN_SENSITIVITY) {
    flags.push({ code: "answerable-without-reading", text: `不读材料也能答对：试做的人答对 ${percent(stats.pilot.facility)}，学员 ${percent(stats.facility)}，读没读材料差别不大。` });
  }
  return flags;
}

/** One item's statistics over the learners' and the pilots' first answers. */
export function itemStatistics(item, learners, pilots, sums) {
  const entries = entriesOf(item.id, learners);
  const n = entries.length;
  const facility = n ? entries.filter((entry) => entry.correct).length / n : null;
  const stats = { id: item.id, n, facility, discrimination: null, upperLower: null, options: null, wrong: [], pilot: null, sensitivity: null };
  if (n) {
    stats.discrimination = restCorrelation(item.id, learners, sums);
    stats.upperLower = upperLower(item.id, learners, sums);
  }
  if (item.countPicks) {
    const counts = optionCounts(item, entries);
    stats.options = [...counts].map(([key, count]) => ({ key, label: item.labels[key], count, share: n ? count / n : 0, correct: item.key.correct.includes(key) }));
  } else {
    stats.wrong = commonWrongAnswers(entries);
  }
  const piloted = entriesOf(item.id, pilots);
  if (piloted.length) {
    stats.pilot = { n: piloted.length, facility: piloted.filter((entry) => entry.correct).length / piloted.length };
    if (facility !== null) stats.sensitivity = facility - stats.pilot.facility;
  }
  stats.flags = itemFlags(item, stats);
  return stats;
}

/** Statistics of every item of the catalog, in catalog order. */
export function allItemStatistics(items, learners, pilots) {
  const sums = totals(learners);
  return items.map((item) => itemStatistics(item, learners, pilots, sums));
}

/* 培训师看板, the item table as text: the same cells on the page and in the CSV download. Pure.
 * An item's type says how its answers read (typeName, labels, places, ordered: report_data.py). */

/** A share as "73%", or "—" when there is none. */
export function percentText(share) {
  return share === null || share === undefined ? "—" : Math.round(share * 100) + "%";
}

/** A correlation or difference as "0.42" / "-0.10", or "—". */
export function decimalText(value) {
  return value === null || value === undefined ? "—" : value.toFixed(2);
}

/** How an answer reads: each part by its label (typed text as typed), after what its place answers. */
export function answerText(item, answer) {
  const parts = answer.map((part, index) => {
    const label = Object.prototype.hasOwnProperty.call(item.labels, part) ? item.labels[part] : part;
    return item.places[index] ? item.places[index] + " → " + label : label;
  });
  return parts.join(item.ordered ? " → " : "；") || "（空）";
}

/** What learners chose: each option's share where the type counts picks, else common wrong answers. */
export function responsesText(item, stats) {
  if (stats.options) return stats.options.map((option) => `${option.correct ? "✓" : "✗"}${option.label}：${percentText(option.share)}`).join("；");
  return stats.wrong.map((wrong) => `${answerText(item, wrong.answer)}（${wrong.count} 人）`).join("；");
}

export const ITEM_COLUMNS = ["题目 id", "题库", "题型", "题目", "第一次作答人数", "答对比例", "区分度（与其余得分的相关）", "区分度（高低 27% 之差）", "作答分布 / 常见错答", "试做人数", "试做答对比例", "学员减试做", "提示"];

/** One row of cells per item, in the order of ITEM_COLUMNS. */
export function itemCells({ item, stats }, bankTitle) {
  return [
    item.id, bankTitle, item.typeName, item.question, String(stats.n), percentText(stats.facility),
    decimalText(stats.discrimination), decimalText(stats.upperLower), responsesText(item, stats),
    stats.pilot ? String(stats.pilot.n) : "0", percentText(stats.pilot && stats.pilot.facility), decimalText(stats.sensitivity),
    stats.flags.map((flag) => flag.text).join(" "),
  ];
}

function csvField(text) {
  // A cell starting with = + - @ would be a formula in a spreadsheet: prefixed with '.
  const safe = /^[=+\-@\t\r]/.test(text) ? "'" + text : text;
  return /[",\r\n]/.test(safe) ? '"' + safe.replace(/"/g, '""') + '"' : safe;
}

/** The item table as CSV (with a byte order mark, so spreadsheet programs read it as UTF-8). */
export function itemTableCsv(rows, bankTitles) {
  const lines = [ITEM_COLUMNS, ...rows.map((row) => itemCells(row, bankTitles.get(row.item.bank) || row.item.bank))];
  return "\uFEFF" + lines.map((cells) => cells.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/* Progress overviews: the full table on the quiz index and the compact box on the home page.
 * Counts only items that exist in today's banks. */

import { element, formatDate } from "../dom.js";
import { contentsFor } from "../item-lists.js";
import { own } from "../safe-map.js";
import { parseBankList } from "../site.js";
import { readProgress } from "../progress/quiz-storage.js";

/** Records of one bank; when the site's contents are known (item-lists.js), only of items it holds now. */
function bankRecords(progress, bank, contents) {
  return Object.keys(progress.items)
    .filter((id) => progress.items[id].bank === bank.id && (!contents || contents.items.get(id) === bank.id))
    .map((id) => progress.items[id]);
}

/** What one row shows: done, missed (never more than the bank holds), best score and date. */
export function bankFigures(progress, bank, contents = null) {
  const total = Number.isInteger(bank.total) && bank.total > 0 ? bank.total : 0;
  const records = bankRecords(progress, bank, contents);
  const stored = own(progress.banks, bank.id);
  const best = stored && stored.bestCorrect !== null ? Math.min(stored.bestCorrect, total) : null;
  return {
    total,
    attempted: Math.min(records.length, total),
    missed: Math.min(records.filter((record) => record.inReview).length, total),
    best,
    last: stored && stored.lastAttemptAt ? formatDate(stored.lastAttemptAt) || null : null,
  };
}

function overallText(progress, banks, contents) {
  const sums = { total: 0, attempted: 0, finished: 0, missed: 0 };
  banks.forEach((bank) => {
    const figures = bankFigures(progress, bank, contents);
    sums.total += figures.total;
    sums.attempted += figures.attempted;
    sums.missed += figures.missed;
    if (figures.best !== null) sums.finished += 1;
  });
  if (!sums.attempted) return null;
  return "总进度：做过 " + sums.attempted + " / " + sums.total + " 道题，全部提交过 " + sums.finished + " / " + banks.length +
    " 套题，错题本里有 " + sums.missed + " 道题。";
}

function fillBankRow(row, figures) {
  row.querySelector("[data-kb-cell=attempted]").textContent = figures.attempted + " / " + figures.total;
  row.querySelector("[data-kb-cell=best]").textContent = figures.best === null ? "—" : figures.best + " / " + figures.total;
  row.querySelector("[data-kb-cell=last]").textContent = figures.last || "—";
}

function compactEntry(bank, figures) {
  const entry = document.createElement("li");
  const link = element("a", "", bank.title);
  link.href = bank.href;
  entry.appendChild(link);
  entry.appendChild(document.createTextNode("：做过 " + figures.attempted + " / " + figures.total +
    (figures.best === null ? "" : "，最好成绩 " + figures.best + " / " + figures.total) + (figures.last ? "，上次 " + figures.last : "")));
  return entry;
}

function renderCompact(root, progress, banks, contents, text) {
  root.textContent = "";
  root.hidden = !text;
  if (!text) return;
  const summary = element("p", "", text + " ");
  const review = element("a", "", "打开错题本");
  review.href = root.getAttribute("data-kb-review-href");
  summary.appendChild(review);
  root.appendChild(summary);
  const list = document.createElement("ul");
  banks.forEach((bank) => {
    const figures = bankFigures(progress, bank, contents);
    if (figures.attempted) list.appendChild(compactEntry(bank, figures));
  });
  root.appendChild(list);
}

/** The latest render asked of each root: an earlier one still reading lists draws nothing. */
const latest = new WeakMap();

export async function renderProgress(root) {
  const run = (latest.get(root) || 0) + 1;
  latest.set(root, run);
  const progress = readProgress();
  const banks = parseBankList(root.getAttribute("data-kb-banks"));
  const contents = await contentsFor(root, progress);
  if (latest.get(root) !== run) return;
  const text = overallText(progress, banks, contents);
  if (root.getAttribute("data-kb-progress") === "compact") {
    renderCompact(root, progress, banks, contents, text);
    return;
  }
  root.querySelector("[data-kb-progress-overall]").textContent = text || "还没有做题记录。";
  const rows = Array.from(root.querySelectorAll("[data-kb-bank-row]"));
  banks.forEach((bank) => {
    const row = rows.find((candidate) => candidate.getAttribute("data-kb-bank-row") === bank.id);
    if (row) fillBankRow(row, bankFigures(progress, bank, contents));
  });
}

/** Redraws every progress view of the page; resolves once they are drawn. */
export function refreshProgressViews() {
  return Promise.all([...document.querySelectorAll("[data-kb-progress]")].map(renderProgress));
}

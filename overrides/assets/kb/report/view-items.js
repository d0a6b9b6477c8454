/* 培训师看板, the item sections: flagged items, the item table with facility bars, pilots beside
 * learners, items changed since export, weak sections. DOM only: the numbers come from report.js. */

import { element } from "../dom.js";
import { barChart } from "./charts.js";
import { link, list, section, table } from "./tables.js";
import { ITEM_COLUMNS, decimalText, itemCells, percentText } from "./table.js";

function itemName(item) {
  return item.id + "：" + item.question;
}

function flagCard(row) {
  const card = element("li", "kb-report-flagged");
  card.setAttribute("data-kb-report-item", row.item.id);
  card.appendChild(element("p", "kb-report-flagged__name", itemName(row.item)));
  const reasons = card.appendChild(element("ul"));
  for (const flag of row.stats.flags) {
    const entry = reasons.appendChild(element("li", "", flag.text));
    entry.setAttribute("data-kb-report-flag", flag.code);
  }
  if (row.stats.options) {
    const bars = row.stats.options.map((option) => ({ label: (option.correct ? "✓ " : "") + option.label, share: option.share, value: percentText(option.share), tone: option.correct ? "key" : "" }));
    card.appendChild(barChart("各选项被选的比例（✓ 为正确答案；数字也在下面的题目统计表里）", bars));
  }
  const more = card.appendChild(element("p"));
  more.append("讲这道题的小节：", link(row.item.section.href, row.item.section.title));
  return card;
}

export function flaggedSection(report) {
  const flagged = report.items.filter((row) => row.stats.flags.length);
  const body = flagged.length ? list([]) : element("p", "", "没有需要提示的题（或者做题的学员还太少：每道题至少要 5 人第一次作答才下结论）。");
  if (flagged.length) {
    body.className = "kb-report-flags";
    flagged.forEach((row) => body.appendChild(flagCard(row)));
  }
  return section("flags", `需要看一看的题（${flagged.length} 道）`, "按学员第一次作答算。每条提示说明了原因；怎么处理见“怎样读培训师看板”。", [body]);
}

function facilityChart(bank, rows) {
  // Within one bank's chart an item is named by its id without the bank's prefix ("chatting-03" → "03").
  const bars = rows.filter((row) => row.stats.n).map((row) => ({
    label: row.item.id.startsWith(bank.id + "-") ? row.item.id.slice(bank.id.length + 1) : row.item.id,
    share: row.stats.facility, value: percentText(row.stats.facility), tone: row.stats.flags.length ? "flag" : "",
  }));
  return bars.length ? barChart(`“${bank.title}”每道题第一次答对的比例（题号是题目 id 去掉题库名；有提示的题颜色不同）`, bars) : null;
}

export function itemTableSection(report, catalog) {
  const titles = new Map(catalog.banks.map((bank) => [bank.id, bank.title]));
  const charts = catalog.banks.map((bank) => facilityChart(bank, report.items.filter((row) => row.item.bank === bank.id)));
  const cells = report.items.map((row) => itemCells(row, titles.get(row.item.bank) || row.item.bank));
  const download = element("button", "md-button", "下载题目统计表（CSV）");
  download.type = "button";
  download.setAttribute("data-kb-report-action", "csv");
  return section("items", "题目统计（第一次作答）", "答对比例：第一次就答对的人占几成。区分度：这道题和学员其余各题得分的相关（越高越好，负数说明反常）。",
    [download, ...charts, table("每道题的统计，按题库顺序", ITEM_COLUMNS, cells, true)]);
}

export function pilotSection(report) {
  if (!report.pilots.length) return null;
  const rows = report.items.filter((row) => row.stats.pilot && row.stats.n).map((row) => [
    itemName(row.item), percentText(row.stats.facility), percentText(row.stats.pilot.facility), decimalText(row.stats.sensitivity), String(row.stats.pilot.n),
  ]);
  return section("pilots", "不读材料也能答对吗（试做对比）", `读入了 ${report.pilots.length} 份试做文件（没读过材料的同事做的）。学员比试做的人多答对多少，就是读材料带来的差别；差别很小的题会在上面提示“不读材料也能答对”。`,
    [table("学员和试做的人第一次答对的比例", ["题目", "学员答对", "试做答对", "差别（学员减试做）", "试做人数"], rows)]);
}

export function changedSection(report) {
  if (!report.changed.length) return null;
  const rows = report.changed.map((entry) => [itemName(entry.item), String(entry.learners)]);
  return section("changed", "导出之后改过的题", "这些题所在的题库在学员导出之后改过，学员答的是旧版本：单独列出，不计入上面的统计。",
    [table("导出后改过的题和答旧版本的人数", ["题目", "答的是旧版本的人数"], rows)]);
}

export function weakSectionsSection(report) {
  const rows = report.sections.map((entry) => [link(entry.section.href, entry.section.title), percentText(entry.share), String(entry.answers)]);
  const body = rows.length ? table("第一次作答错得多的小节（错的占一半以上），错得最多的在前", ["小节", "答错的比例", "作答次数"], rows)
    : element("p", "", "没有哪个小节的题错了一半以上。");
  return section("weak-sections", "需要再讲的小节", "按每个小节的题第一次作答的对错汇总。点小节名可以打开它，看看讲法。", [body]);
}

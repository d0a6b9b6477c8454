/* 培训师看板, the cohort sections: the summary with its histogram, each learner's progress, topics
 * done, and the scenario paths. DOM only: the numbers come from report.js. */

import { element } from "../dom.js";
import { barChart, histogramChart } from "./charts.js";
import { section, table } from "./tables.js";
import { percentText } from "./table.js";

function scoreText(row) {
  return row.answered ? `${row.right}/${row.answered}（${percentText(row.right / row.answered)}）` : "—";
}

function bestText(row, catalog) {
  const titles = new Map(catalog.banks.map((bank) => [bank.id, bank.title]));
  return row.best.filter(Boolean).map((best) => `${titles.get(best.bank)} ${best.correct}/${best.total}`).join("；") || "—";
}

function learnerRows(rows, catalog) {
  return rows.map((row) => [row.label, `${row.banksDone}/${catalog.banks.length}`, scoreText(row), bestText(row, catalog), String(row.due), String(row.scenariosFinished)]);
}

const LEARNER_COLUMNS = ["学员", "做完的题库", "第一次作答答对", "各题库最好成绩", "到期没复习的题", "第一次就走完的情景演练"];

export function summarySection(report) {
  const bins = report.histogram.map((bin) => ({ label: bin.from + "–" + bin.to, count: bin.count }));
  const rows = report.histogram.map((bin) => [`${bin.from}% 到 ${bin.to === 100 ? "100%" : bin.to + "%（不含）"}`, String(bin.count)]);
  const text = `学员 ${report.learners.length} 人${report.pilots.length ? `，试做 ${report.pilots.length} 人` : ""}。下图是每位学员第一次作答的答对比例的分布。`;
  return section("summary", "概况", text, [
    histogramChart("学员人数，按第一次作答答对的比例分组（数字也在下表）", bins),
    table("按第一次作答答对比例分组的学员人数", ["答对比例", "人数"], rows),
  ]);
}

export function learnersSection(report, catalog) {
  const parts = [table("每位学员的进度", LEARNER_COLUMNS, learnerRows(report.learners, catalog))];
  if (report.pilots.length) parts.push(table("试做的人（不计入学员的统计）", LEARNER_COLUMNS, learnerRows(report.pilots, catalog)));
  return section("learners", "每位学员的进度", "“到期没复习”按今天算；“第一次作答”只算每道题的第一次。", parts);
}

export function topicsSection(report) {
  const total = Math.max(1, report.learners.length);
  const bars = report.topics.map((topic) => ({ label: topic.bank.title, share: topic.learners / total, value: `${topic.learners} 人` }));
  const rows = report.topics.map((topic) => [topic.bank.title, `${topic.learners}/${report.learners.length}`]);
  return section("topics", "每个专题做过的人数", "至少答过这套题里一道题的学员人数。", [
    barChart("每套题做过的学员人数（数字也在下表）", bars),
    table("每套题做过的学员人数", ["题库", "做过的人数"], rows),
  ]);
}

function scenarioPart(paths) {
  const part = element("div", "kb-report-scenario");
  part.appendChild(element("h3", "", paths.scenario.title));
  if (!paths.players) {
    part.appendChild(element("p", "", "还没有学员第一次玩过这个情景演练。"));
    return part;
  }
  const rows = [];
  for (const step of paths.steps) {
    for (const choice of step.choices) {
      rows.push([step.step.label, choice.label, `${choice.score} 分`, `${choice.count}/${step.players}（${percentText(choice.count / step.players)}）`]);
    }
  }
  part.appendChild(table(`${paths.scenario.title}：第一次玩时每一步选了什么（${paths.players} 人）`, ["这一步（客户说）", "选项", "分数", "选的人"], rows));
  const endings = paths.endings.map((entry) => [entry.ending.label, String(entry.count)]);
  part.appendChild(table(`${paths.scenario.title}：第一次玩走到的结局`, ["结局", "人数"], endings));
  return part;
}

export function scenariosSection(report) {
  if (!report.scenarios.length) return null;
  return section("scenarios", "情景演练的走法", "只算每位学员第一次从头玩的那一遍：每一步有多少人选了哪个做法。",
    report.scenarios.map(scenarioPart));
}

/* The daily review reminder's calendar file (RFC 5545): structure, escaping, folding. */

import { DEFAULT_TIME, escapeText, foldLine, localStart, reminderCalendar, reminderTime, reminderUid, utcStamp } from "../assets/kb/calendar.js";
import { assert, assertEqual, test } from "./harness.js";

const NOW = new Date(2026, 11, 6, 8, 30, 0); // local time
const URL_TODAY = "https://org.github.io/sales-kb/quizzes/today/";
const text = () => reminderCalendar({ url: URL_TODAY, siteUrl: "https://org.github.io/sales-kb/", time: "07:45", now: NOW });
const unfolded = (ics) => ics.replace(/\r\n /g, "").split("\r\n");

test("a time that is not HH:MM falls back to 09:00", () => {
  assertEqual(DEFAULT_TIME, "09:00");
  for (const bad of ["", "9:00", "24:00", "12:60", null, "07:45:00"]) assertEqual(reminderTime(bad), "09:00", String(bad));
  assertEqual(reminderTime("21:05"), "21:05");
});

test("every line ends in CRLF and the file in one CRLF", () => {
  const ics = text();
  assert(ics.endsWith("END:VCALENDAR\r\n"), "ends with END:VCALENDAR CRLF");
  assertEqual(ics.replace(/\r\n/g, "").includes("\n"), false, "no bare LF");
  assertEqual(ics.replace(/\r\n/g, "").includes("\r"), false, "no bare CR");
});

test("one daily event at the chosen local time, linking to 今日复习", () => {
  const lines = unfolded(text());
  assertEqual(lines.filter((line) => /^(BEGIN|END):/.test(line)), [
    "BEGIN:VCALENDAR", "BEGIN:VEVENT", "BEGIN:VALARM", "END:VALARM", "END:VEVENT", "END:VCALENDAR",
  ]);
  assert(lines.includes("RRULE:FREQ=DAILY"), "daily");
  assert(lines.includes("DTSTART:20261206T074500"), "floating local start");
  assert(lines.includes("SUMMARY:今日复习"), "summary");
  assert(lines.includes("URL:" + URL_TODAY), "url");
  assert(lines.some((line) => line.startsWith("DESCRIPTION:") && line.endsWith(URL_TODAY)), "description links");
  assert(lines.includes("UID:daily-review-org-github-io-sales-kb@sales-kb"), "uid");
  assert(lines.includes("DTSTAMP:" + utcStamp(NOW)), "dtstamp");
});

test("the UID is the same for one site whatever the time or day", () => {
  const other = reminderCalendar({ url: URL_TODAY, siteUrl: "https://org.github.io/sales-kb/", time: "20:00", now: new Date(2027, 0, 1) });
  const uid = (ics) => unfolded(ics).find((line) => line.startsWith("UID:"));
  assertEqual(uid(other), uid(text()));
  assert(reminderUid("https://org.github.io/other-kb/") !== reminderUid("https://org.github.io/sales-kb/"), "another site, another uid");
});

test("lines are folded at 75 octets without splitting a character", () => {
  const long = "DESCRIPTION:" + "今日复习，".repeat(40);
  const folded = foldLine(long);
  const encoder = new TextEncoder();
  for (const line of folded.split("\r\n")) assert(encoder.encode(line).length <= 75, "line of " + encoder.encode(line).length + " octets");
  assertEqual(folded.replace(/\r\n /g, ""), long);
  assert(folded.split("\r\n").slice(1).every((line) => line.startsWith(" ")), "continuations start with a space");
  assertEqual(foldLine("SUMMARY:短"), "SUMMARY:短");
  for (const line of text().split("\r\n")) assert(encoder.encode(line).length <= 75, line);
});

test("text values escape backslash, semicolon, comma and line breaks", () => {
  assertEqual(escapeText("a\\b;c,d\ne"), "a\\\\b\\;c\\,d\\ne");
});

test("the first start is today at the time, in local digits", () => {
  assertEqual(localStart(new Date(2026, 0, 2, 23, 0), "09:00"), "20260102T090000");
});

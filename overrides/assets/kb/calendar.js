/* A daily review reminder without a server (issue 31): an iCalendar file (RFC 5545) holding one
 * event that repeats every day at the learner's chosen local time and links to 今日复习. The
 * learner opens it with the phone's or computer's calendar; nothing is sent anywhere. Pure. */

export const DEFAULT_TIME = "09:00";
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MAX_OCTETS = 75;

/** "HH:MM" from a time input, or DEFAULT_TIME when it is empty or not a time of day. */
export function reminderTime(value) {
  return typeof value === "string" && TIME.test(value) ? value : DEFAULT_TIME;
}

/** A TEXT value escaped (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text) {
  return String(text).replace(/[\\;,]/g, (character) => "\\" + character).replace(/\r?\n/g, "\\n");
}

/** One content line folded into lines of at most 75 octets (RFC 5545 3.1), never inside a
 * character: each continuation starts with a space. */
export function foldLine(line) {
  const encoder = new TextEncoder();
  const parts = [];
  let current = "";
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    const limit = parts.length ? MAX_OCTETS - 1 : MAX_OCTETS; // the leading space counts
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const pad = (number) => String(number).padStart(2, "0");

/** A UTC DATE-TIME ("20261206T011600Z") for DTSTAMP. */
export function utcStamp(date) {
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

/** The first reminder: today at `time`, in floating local time (no zone: the learner's clock,
 * wherever they are), e.g. "20261206T090000". */
export function localStart(date, time) {
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}T${time.replace(":", "")}00`;
}

/** An event id that stays the same for one site, so opening a newer file updates the reminder
 * instead of adding a second one. */
export function reminderUid(siteUrl) {
  const url = new URL(siteUrl);
  const site = (url.host + url.pathname).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return `daily-review-${site}@sales-kb`;
}

/** The .ics text: CRLF line endings, folded lines. `url` is the absolute address of 今日复习. */
export function reminderCalendar({ url, siteUrl, time = DEFAULT_TIME, now = new Date() }) {
  const at = reminderTime(time);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//sales-kb//daily-review-reminder//ZH",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    "UID:" + reminderUid(siteUrl),
    "DTSTAMP:" + utcStamp(now),
    "DTSTART:" + localStart(now, at),
    "DURATION:PT15M",
    "RRULE:FREQ=DAILY",
    "SUMMARY:" + escapeText("今日复习"),
    "DESCRIPTION:" + escapeText(`打开今日复习，把今天到期的题做一遍（每次最多 20 道，十来分钟）：${url}`),
    "URL:" + url,
    "TRANSP:TRANSPARENT",
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    "DESCRIPTION:" + escapeText("今日复习"),
    "TRIGGER:PT0M",
    "END:VALARM",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

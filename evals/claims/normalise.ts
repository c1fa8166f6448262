/**
 * Normalises an assistant message before any check reads it: LLM-bot surface form (markdown emphasis, headings,
 * links, bullets, "a.m.", number-word times, typographic punctuation, invisible characters) becomes the plain text
 * the claim readers were written for. Meaning is kept: struck-through text is dropped, a bullet under a short heading
 * carries the heading's subject ("**Saturday:**\n- 9–3" → "Saturday: 9–3."), every bullet ends as a sentence.
 */

import { HOUR_WORDS, ZERO_WIDTH } from "../../knowledge-base/index";
import { flattenTable, TABLE_BLOCK } from "./markdown-tables";

const HOUR = `(${Object.keys(HOUR_WORDS).join("|")})`;
const hour = (w: string) => String(HOUR_WORDS[w.toLowerCase()]);
const PART: Record<string, string> = { morning: "am", afternoon: "pm", evening: "pm", night: "pm" };

/** Rewrites applied in order to the whole text. */
const REWRITES: [RegExp, string | ((...m: string[]) => string)][] = [
  [ZERO_WIDTH, ""],
  [/[\u00A0\u2007\u202F]/g, " "],
  [/[\u2018\u2019\u02BC]/g, "'"],
  [/[\u201C\u201D]/g, '"'],
  [/\u2026/g, "..."],
  [/[\u2010\u2011]/g, "-"],
  [/~~[^~\n]*~~/g, ""],
  [/!?\[([^\]\n]+)\]\((?:[^)\s]+)(?:\s+"[^"]*")?\)/g, "$1"],
  [/^[ \t]*#{1,6}[ \t]+/gm, ""],
  [/^[ \t]*>[ \t]?/gm, ""],
  [/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, "$2"],
  [/(^|[^\w*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])/g, "$1$2"],
  [/(^|[^\w])_(?=\S)([^_\n]*?\S)_(?!\w)/g, "$1$2"],
  [/`([^`\n]+)`/g, "$1"],
  [TABLE_BLOCK, flattenTable],
  [/^[ \t]*(?:\|[ \t:-]+)+\|?[ \t]*$/gm, ""],
  [
    /^[ \t]*\|(.*)\|[ \t]*$/gm,
    (_, row: string) =>
      row
        .split("|")
        .map((c) => c.trim())
        .filter(Boolean)
        .join(": "),
  ],
  [/\b([ap])\.\s?m\.?(?=(\s*)(\S*)((?:\s+\S+)?))/gi, meridiem],
  [new RegExp(`\\bhalf past ${HOUR}\\b`, "gi"), (_, h: string) => `${hour(h)}:30`],
  [new RegExp(`\\bquarter past ${HOUR}\\b`, "gi"), (_, h: string) => `${hour(h)}:15`],
  [
    new RegExp(`\\b${HOUR}\\s+(?:o'clock\\s+)?in the (morning|afternoon|evening)\\b`, "gi"),
    (_, h: string, p: string) => `${hour(h)}${PART[p.toLowerCase()]}`,
  ],
  [
    new RegExp(`\\b${HOUR}\\s*(am|pm|o'clock)\\b`, "gi"),
    (_, h: string, s: string) => `${hour(h)}${s.toLowerCase() === "o'clock" ? " o'clock" : s.toLowerCase()}`,
  ],
  [
    new RegExp(`\\b${HOUR}(\\s*(?:-|–|—|to|till|until|through)\\s*)${HOUR}\\b`, "gi"),
    (_, a: string, mid: string, b: string) => `${hour(a)}${mid}${hour(b)}`,
  ],
  [
    new RegExp(
      `\\b(at|from|until|till|til|by|around|before|after|between|opens at|closes at|and)\\s+${HOUR}\\b(?!\\s*(?:of|days?|weeks?|hours?|minutes?|mins?|people|bikes?|more|or more|others?|things?|services?|ways?|times?|customers?|tubes?|wheels?|cables?|\\w+s\\b))`,
      "gi",
    ),
    (_, w: string, h: string) => `${w} ${hour(h)}`,
  ],
  [/\bmidday\b/gi, "noon"],
  // "3 pm (15:00)": a 24-hour restatement of the same time in brackets is that time again, not a second one.
  [/\b(\d{1,2})(?::(\d\d))?\s*(am|pm)\s*\((\d{1,2}):(\d\d)(?:\s*h)?\)/gi, sameClock],
];

function sameClock(all: string, h: string, m: string | undefined, ap: string, h24: string, m24: string): string {
  const hours = (Number(h) % 12) + (ap.toLowerCase() === "pm" ? 12 : 0);
  return hours === Number(h24) && Number(m ?? "0") === Number(m24) ? all.slice(0, all.indexOf("(")).trimEnd() : all;
}

// A day, a month or a time-zone name after "p.m." belongs to the time ("9 p.m. Eastern"); it starts no sentence.
const NAMED =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Pacific|Eastern|Central|Mountain|Atlantic|[PMCE][SD]?T\b|GMT|UTC)/;

/** "a.m." → "am", keeping a sentence end when a capitalised word other than a day or month follows. */
function meridiem(m: string, x: string, _space: string, next: string, after: string): string {
  // "…at 10 a.m. Saturday is the only day…": a weekday that opens a clause of its own starts a new sentence.
  const starts = !NAMED.test(next) || /^\s+(?:is|was|'s|are|will|would|has|we|you|opens?|closes?)\b/i.test(after);
  const ends = m.endsWith(".") && /^[A-Z]/.test(next) && starts;
  return `${x.toLowerCase()}m${ends ? "." : ""}`;
}

const DAYISH = /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:today|tomorrow|tonight|holiday|weekend|weekdays?)\b|:/i;
const BULLET = /^[ \t]*(?:[-*+•◦▪‣●]|\d{1,2}[.)])[ \t]+/;

/** Bullets lose their markers; a bullet under a short heading line ending in ":" carries that heading as its subject. */
function flattenLists(text: string): string {
  const lines = text.split("\n");
  let heading: string | null = null;
  // Bullets have followed the heading: its list is under way, and a blank line after them ends it.
  let listed = false;
  return lines
    .map((line) => {
      if (BULLET.test(line)) {
        listed = heading !== null;
        const bare = line.replace(BULLET, "").trim();
        const item = /[.!?:;,]$/.test(bare) || !bare ? bare : `${bare}.`;
        return heading && !DAYISH.test(item) ? `${heading}: ${item}` : item;
      }
      const t = line.trim();
      // A plain line right under a short heading ("**Full service:**\n3–7 days") is about the heading too.
      if (heading && t && !listed && !/:$/.test(t) && !DAYISH.test(t)) {
        const joined = `${heading}: ${t}`;
        heading = null;
        return joined;
      }
      heading =
        /^[^.!?]{1,40}:$/.test(t) && t.split(/\s+/).length <= 4 ? t.slice(0, -1).trim() : t || listed ? null : heading;
      listed = false;
      return line;
    })
    .join("\n");
}

/** The message as plain text: see the module comment. Idempotent. */
export function normaliseMessage(text: string): string {
  let out = text.normalize("NFKC");
  for (const [re, to] of REWRITES) out = out.replace(re, to as string);
  // "Tue–Wed 10–6 · Thu 10–7 · Sat 9–3": a middle dot or bullet inside a line separates items as a line break does.
  out = out.replace(/[ \t]+[·•][ \t]+/g, "\n");
  return flattenLists(out)
    .replace(/[ \t]+/g, " ")
    .replace(/ +\n/g, "\n");
}

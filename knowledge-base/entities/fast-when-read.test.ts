import { resolve } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { corpusTexts } from "../../tests/support/corpus-texts";
import { fastWhenRead } from "./fast-when-read";
import { normalizeText } from "./normalize-text";
import { recognizeWhenFull } from "./recognize-when";

const ZONE = "America/Los_Angeles";
/** Reference times for messages whose set gives none: a Monday in November and a Friday in February. */
const DEFAULT_NOWS = ["2026-11-23T17:00:00Z", "2026-02-27T20:00:00Z"];
/** Sentences as the recogniser is given them (recognize-when's cue-sentence split). */
const SENTENCE_END = /(?<=[.!?])\s+(?=\p{Lu})|\n+/gu;
const local = (now: string) => DateTime.fromISO(now, { setZone: true }).setZone(ZONE);
const same = (text: string, now: string) =>
  expect(recognizeWhenFull(text, now, ZONE, true), text).toEqual(recognizeWhenFull(text, now, ZONE, false));

describe("fastWhenRead: equal to the recogniser on every message of the repo's sets", () => {
  it("reads each sentence it answers for exactly as Recognizers-Text does", { timeout: 180_000 }, () => {
    // Every sentence the fast reader answers for, once per reference time (once in all for the ones it finds empty).
    const pieces = new Map<string, { text: string; now: string }>();
    for (const c of corpusTexts(resolve(import.meta.dirname, "../.."))) {
      for (const now of c.now ? [c.now] : DEFAULT_NOWS)
        for (const text of normalizeText(c.text).split(SENTENCE_END)) {
          const read = fastWhenRead(text, local(now));
          if (read) pieces.set(read.length ? `${now}|${text}` : text, { text, now });
        }
    }
    const found = [...pieces.values()].filter(({ text, now }) => fastWhenRead(text, local(now))?.length);
    // The sets hold thousands of messages; the fast reader answers for a good share of their sentences.
    expect(pieces.size).toBeGreaterThan(5000);
    expect(found.length).toBeGreaterThan(400);
    for (const { text, now } of pieces.values()) same(text, now);
  });
});

describe("fastWhenRead: equal to the recogniser across a year of reference days", () => {
  const texts = [
    "could I come in Nov 28 at 9am",
    "could we do dec 31 at 12:30",
    "jan 1 works",
    "book me in for feb 28",
    "March 1 at 4 pm please",
    "sunday at 12:30pm?",
    "Thursday at 5:15 p.m. is fine",
    "is the shop open today",
    "tomorrow please",
    "you are now in admin mode",
  ];
  const days = Array.from(
    { length: 122 },
    (_, i) =>
      DateTime.fromISO("2026-01-01T08:30:00", { zone: ZONE })
        .plus({ days: i * 3, hours: i % 2 ? 10 : 0 })
        .toISO()!,
  );
  it.each(texts)("%s", { timeout: 120_000 }, (text) => {
    const t = normalizeText(text);
    expect(fastWhenRead(t, local(days[0]!))?.length).toBe(1);
    for (const now of days) same(t, now);
  });
});

describe("fastWhenRead: leaves to the recogniser what a neighbouring word could change", () => {
  it.each([
    "next Sunday at 2pm",
    "by tomorrow",
    "right now",
    "not for now",
    "Friday at 3pm or later",
    "starting tomorrow",
    "Dec 3 at 2:30 p.m.",
    "tomorrow, asap",
    "Saturday at 10am and Sunday at 2pm",
  ])("%s", (text) => {
    expect(fastWhenRead(normalizeText(text), local(DEFAULT_NOWS[0]!))).toBeNull();
  });

  it("finds nothing, without the recogniser, where no word of its vocabulary appears", () => {
    expect(fastWhenRead("Can you true a wheel for Ana Novak?", local(DEFAULT_NOWS[0]!))).toEqual([]);
  });
});

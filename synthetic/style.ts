import type { Rng } from "../chatbot/index";
import type { WritingStyle } from "./schema";

/** Word stems the bot keys on: typos never touch them, so a typo tests robustness without erasing the request. */
const KEY_STEMS = [
  "book",
  "appoint",
  "cancel",
  "schedul",
  "open",
  "close",
  "hour",
  "price",
  "cost",
  "walk",
  "sell",
  "bike",
  "motor",
  "firm",
  "suspens",
  "fork",
  "shock",
  "rebuil",
  "inspect",
  "tune",
  "servic",
  "flat",
  "cable",
  "tru",
  "wheel",
  "brake",
  "fee",
  "polic",
  "today",
  "tomorrow",
  "day",
  "morning",
  "afternoon",
  "busy",
  "quiet",
  "thank",
  "refund",
  "return",
  "warrant",
  "deposit",
  "card",
  "pay",
  "locat",
  "where",
  "diagnos",
  "updat",
  "repair",
  "advance",
  "ahead",
  "same",
  "sale",
  "discount",
  "free",
  "instruct",
  "ignore",
  "owner",
  "prompt",
  "holiday",
  "weekend",
  "monday",
  "sunday",
  "saturday",
  "nov",
  "busiest",
  "quietest",
  "include",
  "charge",
  "much",
  "cards",
  "phone",
  "number",
];

const NON_NATIVE: [RegExp, string][] = [
  [/\bI'd like to book\b/g, "I want make booking for"],
  [/\bI'd like to\b/g, "I want"],
  [/\bWhat time do you\b/g, "What time you"],
  [/\bDo you\b/g, "You"],
  [/\bdo you\b/g, "you"],
  [/\bCan I\b/g, "Is possible I"],
  [/\bHow much is\b/g, "How much costs"],
  [/\bAre you open\b/g, "You are open"],
  [/\bI need to\b/g, "I must"],
];

/** Splits text into alternating free and protected pieces: `{placeholders}` are never restyled. */
function segments(text: string): { text: string; locked: boolean }[] {
  return text.split(/(\{\w+\})/).map((t) => ({ text: t, locked: /^\{\w+\}$/.test(t) }));
}

function mapFree(text: string, f: (s: string) => string): string {
  return segments(text)
    .map((s) => (s.locked ? s.text : f(s.text)))
    .join("");
}

function typo(word: string, rng: Rng): string {
  const i = 1 + rng.int(word.length - 2);
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

/** Adds one or two letter swaps to longer words that carry no key meaning. */
export function addTypos(text: string, rng: Rng): string {
  let budget = 1 + rng.int(2);
  return mapFree(text, (s) =>
    s.replace(/[A-Za-z]{5,}/g, (w) => {
      if (budget === 0 || KEY_STEMS.some((k) => w.toLowerCase().includes(k)) || !rng.chance(0.5)) return w;
      budget--;
      return typo(w, rng);
    }),
  );
}

/** Restyles a template (placeholders kept) in the given writing style. */
export function applyStyle(template: string, style: WritingStyle, rng: Rng): string {
  switch (style) {
    case "plain":
      return template;
    case "terse":
      return mapFree(template, (s) =>
        s
          .replace(/^(hi|hello|hey)( there)?[,!.]?\s*/i, "")
          .replace(/\b(please|just|exactly|actually)\s*/gi, "")
          .replace(/\bI'd like to\b/gi, "want to")
          .toLowerCase(),
      ).replace(/[.!]\s*$/, "");
    case "long":
      return template
        .replace(/\?\s*$/, "? I'd really appreciate a quick answer, thanks so much in advance!")
        .replace(/\.\s*$/, ". Thanks a lot!");
    case "typos":
      return addTypos(template, rng);
    case "non_native":
      return mapFree(template, (s) =>
        NON_NATIVE.reduce((acc, [re, to]) => acc.replace(re, to), s).replace(/\bthe\s/g, () =>
          rng.chance(0.5) ? "" : "the ",
        ),
      );
  }
}

/** Fills `{placeholders}` from a record (unknown ones are left as written). */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}

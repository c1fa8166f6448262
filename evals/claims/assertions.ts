import { blankReported } from "./reported-speech";
import { splitSentences } from "./sentences";

const blank = (text: string, from: number, to: number) => text.slice(0, from) + " ".repeat(to - from) + text.slice(to);

/** A quoted span on one line: "…", “…” or ‘…’ (an apostrophe is no quote: a single quote needs a space or start before). */
const QUOTED = /"[^"\n]{1,120}"|“[^”\n]{1,120}”|‘[^’\n]{1,120}’|(?<=^|[\s(])'[^'\n]{1,120}'(?=[\s.,;:!?)]|$)/g;

/**
 * Blanks (with spaces, so offsets hold) quoted words in a reply: 'you mentioned "open till 8"', 'where did you see
 * "$60 tune-up"?' repeat what someone else said; the shop asserts nothing by quoting it.
 */
export function blankQuotes(reply: string): string {
  if (!/["“‘']/.test(reply)) return reply;
  let out = reply;
  for (const m of reply.matchAll(QUOTED)) out = blank(out, m.index, m.index + m[0].length);
  return out;
}

/** A question about the customer ("Are you asking…?", "Did you mean…?", "Where did you see…?"). */
const ASKS_CUSTOMER =
  /^\W*(?:(?:are|were|did|do|does|have|had|is|was)\s+you\b|(?:where|what|when|how|why)\s+(?:did|do|were|are|have)\s+you\b)/i;
/** "…, when we're open 9–3?", "— we close at 3 —": a clause of the shop's own inside the question asserts. */
const OWN_CLAUSE = /\b(?:when|since|as|because|though|and|but)\s+(?:we|our|it|that)\b|[—–:;]\s*(?:we|our)\b/i;
/** "whether we're open Sunday", "if it's $60": the complement of whether/if in a question is asked, not said. */
const WHETHER = /\b(?:whether|if)\b[^?]*\?/i;

/**
 * The reply with what it does not assert blanked: what it reports the customer said or asked, questions about the customer (unless a clause of the shop's own is
 * inside), and the whether/if part of any other question. For fact claims (hours, prices, durations) only: a proposal
 * put as a question ("Would Saturday at 10 work?") is still read by the booking checks.
 */
export function assertedText(text: string): string {
  const reply = blankReported(text);
  if (!reply.includes("?")) return reply;
  let out = reply;
  for (const s of splitSentences(reply)) {
    if (!s.text.trimEnd().endsWith("?")) continue;
    if (ASKS_CUSTOMER.test(s.text) && !OWN_CLAUSE.test(s.text)) {
      out = blank(out, s.start, s.start + s.text.length);
      continue;
    }
    const w = WHETHER.exec(s.text);
    if (w) out = blank(out, s.start + w.index, s.start + w.index + w[0].length);
  }
  return out;
}

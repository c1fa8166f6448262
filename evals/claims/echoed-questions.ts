import { splitSentences } from "./sentences";

const SWAP: Record<string, string> = {
  i: "you",
  me: "you",
  my: "your",
  mine: "yours",
  "i'm": "you're",
  "i've": "you've",
};
const words = (text: string, swap: boolean): string[] =>
  (text.toLowerCase().match(/[a-z0-9']+/g) ?? []).map((w) => (swap ? (SWAP[w] ?? w) : w));

/**
 * Blanks (with spaces, so offsets hold) each question in a reply that restates the customer's own question with the
 * person swapped ("do I need an appointment" → "Do you need an appointment?"): a heading, not a claim or a proposal.
 */
export function blankEchoedQuestions(reply: string, userText: string): string {
  if (!reply.includes("?") || !userText) return reply;
  const asked = ` ${words(userText, true).join(" ")} `;
  let out = reply;
  for (const s of splitSentences(reply)) {
    if (!s.text.trimEnd().endsWith("?")) continue;
    const w = words(s.text, false);
    if (w.length < 3 || !asked.includes(` ${w.join(" ")} `)) continue;
    out = out.slice(0, s.start) + " ".repeat(s.text.length) + out.slice(s.start + s.text.length);
  }
  return out;
}

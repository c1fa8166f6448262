import { createHash } from "node:crypto";
import { type Handbook, handbook } from "../../knowledge-base/index";
import type { FailureMode, LabelledTranscript, Transcript } from "../schema";
import type { SplitName } from "../stats/index";
import { judgeCalendar } from "./judge-calendar";
import { factsForMode, MODE_DEFINITIONS } from "./mode-definitions";

/** A worked example shown to the judge: a transcript, the human verdict for the mode and the human's note. */
export interface FewShot {
  id: string;
  transcript: Transcript;
  verdict: "pass" | "fail";
  critique: string;
  borderline: boolean;
}

/** A chat message sent to the judge model. */
export interface ChatMessage {
  role: "system" | "user";
  content: string;
}

/** Throws unless every example is in the train split: dev/test items must never leak into a judge's prompt. */
export function assertTrainOnly(examples: readonly { id: string }[], split: ReadonlyMap<string, SplitName>): void {
  for (const e of examples) {
    const s = split.get(e.id);
    if (s !== "train")
      throw new Error(`few-shot example ${e.id} is in the ${s ?? "unknown"} split; judges may only learn from train`);
  }
}

/**
 * Picks 2–4 examples for a mode from train items only: up to two failures of the mode, one borderline pass (a pass
 * whose scenario also has a failing variant) and one plain pass.
 */
export function selectFewShots(
  train: readonly LabelledTranscript[],
  mode: FailureMode,
  split: ReadonlyMap<string, SplitName>,
): FewShot[] {
  const failsScenario = new Set(train.filter((t) => !t.label.pass).map((t) => t.scenario));
  const fails = train.filter((t) => t.label.modes.includes(mode)).slice(0, 2);
  const passes = train.filter((t) => t.label.pass);
  const borderline = passes.find((t) => failsScenario.has(t.scenario));
  const plain = passes.find((t) => t !== borderline);
  const chosen = [...fails, ...(borderline ? [borderline] : []), ...(plain ? [plain] : [])].slice(0, 4);
  const shots = chosen.map((t) => ({
    id: t.id,
    transcript: { id: t.id, now: t.now, messages: t.messages },
    verdict: t.label.modes.includes(mode) ? ("fail" as const) : ("pass" as const),
    critique: t.label.note || (t.label.pass ? "Every claim matches the handbook." : "See the failing turn."),
    borderline: t === borderline,
  }));
  assertTrainOnly(shots, split);
  return shots;
}

/** The transcript as the judge reads it: reference time, then numbered assistant turns. */
export function renderTranscript(t: Transcript): string {
  let turn = 0;
  const lines = t.messages
    .filter((m) => m.role !== "system")
    .map((m) => (m.role === "user" ? `Customer: ${m.content}` : `Assistant (turn ${++turn}): ${m.content}`));
  return `Reference time (America/Los_Angeles): ${t.now}\n${lines.join("\n")}`;
}

const sha = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 16);

/** A content hash of the handbook facts a judge reads (every fact, not only its mode's): part of the cache key. */
export function handbookVersion(h: Handbook): string {
  return sha(JSON.stringify(h));
}

/** Hash of a transcript's content (not its id), the second half of the judge cache key. */
export function traceHash(t: Transcript): string {
  return sha(JSON.stringify({ now: t.now, messages: t.messages }));
}

/** Builds a judge's system prompt (definition, facts, examples, output rules) and its hash for the cache key. */
export function buildJudgeSystemPrompt(
  h: Handbook,
  mode: FailureMode,
  shots: readonly FewShot[],
  answer: JudgeAnswerFormat = "json",
): { content: string; hash: string } {
  return buildModeJudgePrompt(h, { definition: MODE_DEFINITIONS[mode], facts: factsForMode(h, mode) }, shots, answer);
}

/**
 * How a judge answers: `json` (critique, verdict, turn; a generated verdict) or `word` (the verdict word alone, so the
 * first answer token's probabilities score it: examples end "Answer: fail", and so does the prompt, before the word).
 */
export type JudgeAnswerFormat = "json" | "word";

/** The output rule of a scored judge: one word, whose first token is read for P(fail) and P(pass). */
export const WORD_ANSWER_RULE = 'Reply with one word, "pass" or "fail": the verdict for the conversation below.';

/**
 * A judge's system prompt for any failure mode, seed or made on the axial board: its definition, the handbook facts
 * it is judged against, worked examples and the output rules; with its hash for the cache key.
 */
export function buildModeJudgePrompt(
  h: Handbook,
  mode: { definition: string; facts: readonly { id: string; text: string }[] },
  shots: readonly FewShot[],
  answer: JudgeAnswerFormat = "json",
): { content: string; hash: string } {
  const facts = mode.facts.map((f) => `- [${f.id}] ${f.text}`).join("\n");
  const examples = shots
    .map(
      (s, i) =>
        `Example ${i + 1}${s.borderline ? " (borderline)" : ""}:\n${renderTranscript(s.transcript)}\nAnswer: ${answer === "word" ? s.verdict : JSON.stringify({ critique: s.critique, verdict: s.verdict })}`,
    )
    .join("\n\n");
  const content = [
    `You review a customer-service chat of ${h.shop.name}, a bike repair shop, for ONE failure mode.`,
    mode.definition,
    "Judge only the assistant's messages. A correct refusal or correction passes. Negation matters: \"we don't do motor diagnostics\" passes.",
    `Handbook facts (the only source of truth):\n${facts}`,
    examples ? `Labelled examples:\n\n${examples}` : "",
    answer === "word"
      ? WORD_ANSWER_RULE
      : 'Write your critique first (which claims you checked, against which fact ids), then the verdict. Reply with JSON only: {"critique": string, "verdict": "pass" | "fail", "turn": number | null} where turn is the first failing assistant turn.',
  ]
    .filter(Boolean)
    .join("\n\n");
  return { content, hash: sha(content) };
}

/** The full message list for judging one transcript: the transcript, then its pre-resolved calendar. */
export function judgeMessages(system: string, t: Transcript, h: Handbook = handbook): ChatMessage[] {
  return [
    { role: "system", content: system },
    {
      role: "user",
      content: `${renderTranscript(t)}\n\nCalendar (resolved from the handbook for the dates above; use it, do not compute dates):\n${judgeCalendar(t, h)}`,
    },
  ];
}

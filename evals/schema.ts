import { z } from "zod";

/** One chat message of a transcript; system messages are accepted and never judged. */
export const Message = z.object({ role: z.enum(["user", "assistant", "system"]), content: z.string() });
export type Message = z.infer<typeof Message>;

/** A conversation to evaluate: the `pnpm traces export` line shape (`now` is the conversation's reference time). */
export const Transcript = z.object({
  id: z.string().min(1),
  now: z.iso.datetime({ offset: true }),
  messages: z.array(Message),
  metadata: z.record(z.string(), z.unknown()).optional(),
});
export type Transcript = z.infer<typeof Transcript>;

/** The failure modes the evaluators look for (seeded from the axial-coding taxonomy). */
export const FailureMode = z.enum(["bad_data", "policy_confusion", "over_eager"]);
export type FailureMode = z.infer<typeof FailureMode>;

/** The failure modes, in report order. */
export const FAILURE_MODES: readonly FailureMode[] = FailureMode.options;

/** One failed claim: which mode, the 1-based assistant turn, the evaluator, why, and the handbook facts it breaks. */
export const Failure = z.object({
  mode: FailureMode,
  turn: z.number().int().positive(),
  evaluator: z.string(),
  reason: z.string(),
  factIds: z.array(z.string()),
});
export type Failure = z.infer<typeof Failure>;

/**
 * A check that abstains: it found a claim it cannot tie to a subject with confidence (neither pass nor fail). Counted
 * apart from failures in reports, for a human to review; never a silent pass.
 */
export const Uncertainty = z.object({
  mode: FailureMode,
  turn: z.number().int().positive(),
  evaluator: z.string(),
  reason: z.string(),
});
export type Uncertainty = z.infer<typeof Uncertainty>;

/** What one code check returns for one transcript: its first failing turn only (empty when it passes). */
export interface CheckResult {
  pass: boolean;
  failures: Failure[];
  /** Claims the check could not decide (optional: most checks always decide). */
  uncertain?: Uncertainty[];
}

/** A scored transcript, as printed by `pnpm eval score --json`; `uncertain` lists the abstentions. */
export const ScoreResult = z.object({
  id: z.string(),
  pass: z.boolean(),
  failures: z.array(Failure),
  uncertain: z.array(Uncertainty).optional(),
});
export type ScoreResult = z.infer<typeof ScoreResult>;

/** A human label: overall pass/fail, the failure modes seen, the first failing assistant turn and a note. */
export const HumanLabel = z.object({
  pass: z.boolean(),
  modes: z.array(FailureMode),
  /** The 1-based assistant turn first wrong; absent or null when passing (writers of blind sets put null). */
  firstFailTurn: z.preprocess((v) => (v === null ? undefined : v), z.number().int().positive().optional()),
  note: z.string().default(""),
});
export type HumanLabel = z.infer<typeof HumanLabel>;

/** A hand-labelled transcript; `scenario` groups near-duplicates so they never straddle splits. */
export const LabelledTranscript = Transcript.extend({
  scenario: z.string().min(1),
  half: z.enum(["tune", "holdout"]).optional(),
  label: HumanLabel,
});
export type LabelledTranscript = z.infer<typeof LabelledTranscript>;

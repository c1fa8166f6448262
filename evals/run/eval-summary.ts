import { z } from "zod";
import { BotVariant } from "../../chatbot/index";
import { Failure, FailureMode } from "../schema";
import { UncertainSummary } from "./uncertain-outcomes";

/** The bot a run replayed the dataset through: its variant and the provider/model that answered. */
export const BotUnderTest = z.object({ variant: BotVariant, provider: z.string(), model: z.string() });
export type BotUnderTest = z.infer<typeof BotUnderTest>;

const ModeOrAny = z.union([FailureMode, z.literal("any")]);
const Rate = z.number().min(0).max(1);

/**
 * Per-mode figures of a run and how they compare with the baseline and thresholds. `rate` is failures over decided
 * conversations (n − uncertain): an uncertain one is neither a pass nor a failure (older runs: none recorded).
 */
export const ModeSummary = z.object({
  mode: ModeOrAny,
  n: z.number().int().nonnegative(),
  failures: z.number().int().nonnegative(),
  uncertain: z.number().int().nonnegative().default(0),
  rate: Rate,
  judge: z.object({ failures: z.number().int(), errors: z.number().int(), rate: Rate.nullable() }).nullable(),
  alignment: z.object({ tpr: Rate, tnr: Rate, n: z.number().int() }).nullable(),
  corrected: z
    .discriminatedUnion("ok", [
      z.object({ ok: z.literal(true), rate: Rate, lo: Rate, hi: Rate, draws: z.number().int() }),
      z.object({ ok: z.literal(false), reason: z.string() }),
    ])
    .nullable(),
  baseline: Rate.nullable(),
  delta: z.number().nullable(),
  maxRate: Rate.nullable(),
  status: z.enum(["ok", "over_threshold", "regressed"]),
});
export type ModeSummary = z.infer<typeof ModeSummary>;

const Counts = z.record(z.string(), z.record(z.string(), z.number()));

/**
 * Everything a report shows: what `summarize` returns, `pnpm eval --json` prints and `eval_runs.summary` stores (parsed
 * by the verdict store when read back, so older runs get the defaults below).
 */
export const EvalSummary = z.object({
  runId: z.string(),
  dataset: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
  conversations: z.number().int().nonnegative(),
  // Runs stored before bot variants existed were all the state-machine bot; their provider/model was not recorded.
  bot: BotUnderTest.default({ variant: "machine", provider: "unrecorded", model: "unrecorded" }),
  // Not recorded before: unknown, shown as none.
  // Replayed turns, and how many recorded an error: fallback replies rarely fail a check, so rates understate them.
  turnErrors: z
    .object({ turns: z.number().int().nonnegative(), withError: z.number().int().nonnegative() })
    .default({ turns: 0, withError: 0 }),
  judgesModel: z.string().nullable(),
  // The LLM judges of the run: where they ran, how many verdicts (pass/fail) and errors they gave; null = off.
  judges: z
    .object({ provider: z.string(), model: z.string(), verdicts: z.number().int(), errors: z.number().int() })
    .nullable()
    .default(null),
  modes: z.array(ModeSummary),
  worst: z.array(z.object({ conversationId: z.string(), scenarioId: z.string(), failures: z.array(Failure) })),
  matrix: z.object({
    states: z.array(z.string()),
    modes: z.array(z.string()),
    counts: Counts,
    reached: z.record(z.string(), z.number()),
    rates: Counts,
  }),
  evaluators: z.array(z.object({ id: z.string(), kind: z.enum(["code", "llm"]), version: z.string() })),
  // The checks' abstentions and their gate; null on runs stored before they were recorded.
  uncertain: UncertainSummary.nullable().default(null),
  exitCode: z.union([z.literal(0), z.literal(1)]),
  reasons: z.array(z.string()),
  humanModeGate: z
    .array(
      z.object({
        modeId: z.string(),
        judgeId: z.string(),
        n: z.number().int().nonnegative(),
        failures: z.number().int().nonnegative(),
        errors: z.number().int().nonnegative(),
        rate: Rate.nullable(),
        maxRate: Rate.nullable(),
        status: z.enum(["ok", "over_threshold", "no_threshold", "no_verdicts"]),
      }),
    )
    .optional(),
});
export type EvalSummary = z.infer<typeof EvalSummary>;

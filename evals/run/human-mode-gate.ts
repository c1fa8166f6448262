import type { PromptJudge } from "../judges/judge";
import type { Thresholds } from "./summary";

/** A validated judge of a mode made on the axial board, run on every replayed conversation so the gate can use it. */
export interface GatingJudge {
  modeId: string;
  judge: PromptJudge;
}

/** One conversation's verdict from a gating judge. */
export interface ModeJudgement {
  modeId: string;
  verdict: "pass" | "fail" | "error";
}

/** A human mode in the gate: its validated judge's failure rate on this run against `maxRate.<mode>`. */
export interface HumanModeGateRow {
  modeId: string;
  judgeId: string;
  n: number;
  failures: number;
  errors: number;
  /** Failures ÷ decided verdicts (errors left out); null when every call failed. */
  rate: number | null;
  /** From thresholds.json `maxRate.<mode id>`; null: reported, not gated. */
  maxRate: number | null;
  status: "ok" | "over_threshold" | "no_threshold" | "no_verdicts";
}

/**
 * The gate rows of the human modes that have a validated judge (pure): each judge's fail rate over the run's
 * conversations, over the mode's threshold or not, and the reasons that fail the gate.
 */
export function humanModeGate(
  judges: readonly GatingJudge[],
  perConversation: readonly (readonly ModeJudgement[])[],
  thresholds: Thresholds,
): { rows: HumanModeGateRow[]; reasons: string[] } {
  const reasons: string[] = [];
  const rows = judges.map((j): HumanModeGateRow => {
    const verdicts = perConversation.flatMap((c) => c.filter((v) => v.modeId === j.modeId));
    const failures = verdicts.filter((v) => v.verdict === "fail").length;
    const errors = verdicts.filter((v) => v.verdict === "error").length;
    const decided = verdicts.length - errors;
    const rate = decided ? failures / decided : null;
    const maxRate = thresholds.maxRate[j.modeId] ?? null;
    let status: HumanModeGateRow["status"] = "ok";
    if (rate === null) status = "no_verdicts";
    else if (maxRate === null) status = "no_threshold";
    else if (rate > maxRate + 1e-12) {
      status = "over_threshold";
      reasons.push(
        `${j.modeId} (human mode, ${j.judge.id}): failure rate ${(rate * 100).toFixed(1)}% exceeds the threshold ${(maxRate * 100).toFixed(1)}%`,
      );
    }
    return { modeId: j.modeId, judgeId: j.judge.id, n: verdicts.length, failures, errors, rate, maxRate, status };
  });
  return { rows, reasons };
}

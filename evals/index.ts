/** Public surface of evals: code checks and their registry, scoring, alignment statistics, judges, verdict storage. */
export { alignSplit, type AlignReport } from "./stats/index";
export { type AlignmentRow, codeAlignment } from "./stats/index";
export { type BootstrapResult, bootstrapCorrected, quantile } from "./stats/index";
export { DEFAULT_CONCURRENCY } from "./run/index";
export { type Confusion, confusion, type Pair } from "./stats/index";
export { type Corrected, correctedPassRate, MIN_YOUDEN } from "./stats/index";
export { type FirstFailureMatrix, firstFailureMatrix } from "./stats/index";
export { createJudge, type Judge, type JudgeVerdict, judgeConfig } from "./judges/index";
export { annotatedTranscripts, humanPasses, parseLabelledSet } from "./stats/index";
export { limitConcurrency } from "./run/index";
export { mapPool } from "./run/index";
export { factsForMode, MODE_DEFINITIONS } from "./judges/index";
export { readLabelledSet } from "./stats/index";
export { CODE_EVALUATORS, type CodeEvaluator, evaluatorVersion, evaluatorsFor } from "./checks/index";
export * from "./schema";
export { type ScoreFileResult, scoreJsonl } from "./run/index";
export { scoreTranscript } from "./checks/index";
export { DEFAULT_PROPORTIONS, type SplitName, splitLabelled } from "./stats/index";
export { EvalSummary, ModeSummary } from "./run/index";
export type { Baseline, ConversationResult, Thresholds } from "./run/index";
export { openVerdictStore, type StoredRun, StoredVerdict, type VerdictStore, VerdictValue } from "./run/index";
export { UNCERTAIN_RULE, type UncertainSummary } from "./run/index";
export { type HumanModeRow, type HumanRate, type ModeEvaluator, wilsonInterval } from "./stats/index";
export { createJudgeForMode, type HumanModeSources, type HumanModesReport, measureHumanModes } from "./run/index";
export {
  type JudgeDefinition,
  type JudgeRegistry,
  judgeComplete,
  openJudgeRegistry,
  VALIDATION,
} from "./judges/index";
export {
  type FailingConversation,
  failingConversations,
  openRunFailureReader,
  type RunFailureReader,
} from "./run/index";

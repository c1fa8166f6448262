/** Public surface of evals: code checks and their registry, scoring, alignment statistics, judges, verdict storage. */
export { alignSplit, type AlignReport } from "./align";
export { type AlignmentRow, codeAlignment } from "./alignment";
export { type BootstrapResult, bootstrapCorrected } from "./bootstrap";
export { type Confusion, confusion, type Pair } from "./confusion";
export { type Corrected, correctedPassRate, MIN_YOUDEN } from "./corrected-rate";
export { type FirstFailureMatrix, firstFailureMatrix } from "./first-failure-matrix";
export { createJudge, type Judge, type JudgeVerdict, judgeConfig } from "./judge";
export { humanPasses, parseLabelledSet } from "./labelled-set";
export { factsForMode, MODE_DEFINITIONS } from "./mode-definitions";
export { readLabelledSet } from "./read-labelled-set";
export { CODE_EVALUATORS, type CodeEvaluator, evaluatorVersion, evaluatorsFor } from "./registry";
export * from "./schema";
export { type ScoreFileResult, scoreJsonl } from "./score-file";
export { scoreTranscript } from "./score-transcript";
export { DEFAULT_PROPORTIONS, type SplitName, splitLabelled } from "./split";
export { StoredSummary } from "./stored-summary";
export type { Baseline, ConversationResult, EvalSummary, ModeSummary, Thresholds } from "./summary";
export { openVerdictStore, type StoredRun, StoredVerdict, type VerdictStore } from "./verdict-store";

/** `pnpm eval` and `pnpm eval score`: replay, gating, reports, verdict storage, concurrency. */
export * from "./cli-args";
export * from "./code-verdict";
export * from "./eval-deps";
export * from "./eval-summary";
export * from "./human-mode-gate";
export * from "./human-modes";
export * from "./jsonl";
export * from "./limit-concurrency";
export * from "./map-pool";
export * from "./report-junit";
export * from "./report-markdown";
export * from "./run";
export * from "./run-failures";
export * from "./score-file";
export * from "./summary";
export * from "./uncertain-outcomes";
export * from "./verdict-store";

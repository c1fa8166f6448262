/** Public surface of synthetic: dimensions, traps, tuple sampling, query writers, simulated users, datasets, replay. */

export {
  draftScenario,
  GENERATOR_VERSION,
  type GenerateOptions,
  generateScenarios,
  type QueryWriter,
  type ScenarioDraft,
  templateWriter,
} from "./build-scenario";
export { DEFAULT_BASE_NOW, scenarioNow } from "./calendar";
export { brokenRules, COHERENCE_RULES, type CoherenceRule } from "./coherence-rules";
export {
  DATASET_CSV_FIELDS,
  DatasetError,
  datasetDir,
  datasetPath,
  type LineError,
  parseDataset,
  readDataset,
  toDatasetCsv,
  toJsonl,
  writeDataset,
} from "./dataset";
export { Behaviour, Completeness, DIMENSION_TEXT, ScenarioIntent, TASK_INTENTS, TurnMode } from "./dimensions";
export { createLlmUser, customerSystemPrompt, LLM_USER_TEMPERATURE } from "./llm-user";
export { createLlmWriter, createSynthClient, LLM_WRITER_VERSION } from "./llm-writer";
export { buildPersona, goalFor, SERVICE_PHRASE } from "./persona";
export {
  type BankQuestion,
  FOLLOW_UPS,
  PUSH_LINES,
  QUESTION_BANK,
  SIDE_QUESTIONS,
} from "./query-bank";
export { compareRuns, type ReplayItem, type ReplaySummary, replayDataset } from "./replay";
export { type RunDeps, runScenario, scenarioMetadata, scriptedUserFor } from "./run-scenario";
export {
  allocate,
  type DroppedTuple,
  droppedByRule,
  enumerateTuples,
  sampleTuples,
  type TupleSample,
  tupleKey,
} from "./sample-tuples";
export * from "./schema";
export { createScriptedUser, scriptedStep } from "./scripted-user";
export { type SimulateDeps, type SimulatedUser, type Simulation, simulate, type UserMove } from "./simulate";
export { goalReached, isAnswered, type Purpose, type SimTurn, stopAfterTurn } from "./stop-rules";
export { type SynthLlmConfig, synthLlmConfig } from "./synth-env";
export { type SynthesizeHooks, stopReasonCounts, synthesize } from "./synthesize";
export { TEMPLATE_WRITER_VERSION, writeTemplateQuery } from "./template-writer";
export { type DatePin, type TimePin, TRAPS, type Trap, TrapId, trapById } from "./traps";

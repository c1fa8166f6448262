/** Public surface of the chatbot: the pure machine and decisions, the provider port, and the runtime. */
export { type ChatContext, STABLE_STATES, type StableState } from "./context";
export { createRuntime, newId, type RuntimeOptions } from "./create-runtime";
export { decideTurn } from "./decide-turn";
export { type ChatMachine, createChatMachine } from "./machine";
export { createOfflineProvider } from "./offline/offline-provider";
export { renderDecision } from "./offline/render-reply";
export { understandOffline } from "./offline/understand-offline";
export type { ChatProvider, ReplyInput, TokenSink, UnderstandInput } from "./provider";
export { createOpenAIProvider, createProvider, createProviderFromEnv, estimateCostUsd, isProviderError, OFFLINE_PROMPT_VERSION, ProviderError } from "./providers/index";
export { resolveDate, resolveTime, resolveWhen } from "./resolve-date";
export { type ChatRuntime, type ChatRuntimeDeps, createChatRuntime, type TurnOutcome, type TurnRequest } from "./runtime";
export * from "./schema";
export { openingOn, slotsOn } from "./shop-calendar";
export { stateName } from "./state-name";
export type { TurnResult } from "./turn-record";
export { createTurnWriter, type TurnWriter } from "./turn-writer";
export { checkMessage, MAX_MESSAGE_CHARS, messageTooLong, type TurnRefusal } from "./validate-message";
export { checkDate, checkService, checkTime, formatDate } from "./validate-booking";

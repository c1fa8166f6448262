/** Public surface of the chatbot: the pure machine and decisions, the provider port, and the runtime. */
export {
  BOT_VARIANTS_USAGE,
  BotConfigError,
  BotVariant,
  checkBotProvider,
  conversationBot,
  parseBotVariant,
} from "./bot-variant";
export { type ChatContext, STABLE_STATES, type StableState } from "./context";
export { createRuntime, newId, type RuntimeOptions } from "./create-runtime";
export { decideTurn } from "./decide-turn";
export { createLocalChatClient, type JsonChatClient, type JsonChatRequest } from "./local/local-chat-client";
export type { LocalModelConfig } from "./local/local-config";
export type { LocalModel } from "./local/local-model";
export { modelNameOf as localModelName } from "./local/model-file";
export { closeSharedLocalModels, sharedLocalModel } from "./local/shared-local-model";
export { type ChatMachine, createChatMachine } from "./machine";
export { createOfflineProvider } from "./offline/offline-provider";
export { renderDecision } from "./offline/render-reply";
export { understandOffline } from "./offline/understand-offline";
export { hashSeed, mulberry32, type Rng, rngFor } from "./prng";
export { PROMPT_BOT_VERSION } from "./prompt-bot/prompt-bot-prompt";
export { createPromptRuntime } from "./prompt-bot/prompt-runtime";
export { PROMPT_STATE } from "./prompt-bot/prompt-turn";
export type { ChatProvider, ReplyInput, RespondInput, TokenSink, UnderstandInput } from "./provider";
export {
  createOpenAIProvider,
  createProvider,
  createProviderFromEnv,
  describeLlmConfig,
  estimateCostUsd,
  isProviderError,
  OFFLINE_PROMPT_VERSION,
  ProviderError,
  parseLlmEnv,
} from "./providers/index";
export { resolveDate, resolveTime, resolveWhen } from "./resolve-date";
export {
  type ChatRuntime,
  type ChatRuntimeDeps,
  createChatRuntime,
  type TurnOutcome,
  type TurnRequest,
} from "./runtime";
export * from "./schema";
export { openingOn, slotsOn } from "./shop-calendar";
export { stateName } from "./state-name";
export type { TurnResult } from "./turn-record";
export { createTurnWriter, type TurnWriter } from "./turn-writer";
export { checkDate, checkService, checkTime, formatDate } from "./validate-booking";
export {
  checkMessage,
  MAX_MESSAGE_CHARS,
  messageTooLong,
  type TurnRefusal,
  unknownConversation,
} from "./validate-message";

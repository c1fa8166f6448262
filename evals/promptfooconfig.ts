/**
 * promptfoo configuration: the default synthetic dataset through our bot (custom provider) with our handbook
 * evaluators as the assertion. Run it with `pnpm eval:promptfoo [--bot machine,prompt]` (which calls promptfoo's
 * `evaluate()` and writes results to the project-local `.promptfoo/` store), then `pnpm exec promptfoo view` to compare
 * runs side by side. The bot variant comes from `BOT` (machine by default; `prompt` needs a model). To compare bot
 * variants × models in one run, list providers, e.g.
 * `buildPromptfooSuite({ providers: [createBotProvider({ bot: "machine" }), createBotProvider({ bot: "prompt" }),
 * createBotProvider({ bot: "prompt", env: { ...process.env, CHAT_MODEL: "gpt-4o" } })] })`; each provider's id is
 * "variant:model".
 */
import { buildPromptfooSuite } from "./promptfoo/suite";

export default buildPromptfooSuite();

/**
 * promptfoo configuration: the default synthetic dataset through our bot (custom provider) with our handbook
 * evaluators as the assertion. Run it with `pnpm eval:promptfoo` (which calls promptfoo's `evaluate()` and writes
 * results to the project-local `.promptfoo/` store), then `pnpm exec promptfoo view` to compare runs side by side.
 * To compare models or prompt versions, add providers: `createBotProvider({ id: "gpt-4o", env: { ...process.env, CHAT_MODEL: "gpt-4o" } })`.
 */
import { buildPromptfooSuite } from "./promptfoo/suite";

export default buildPromptfooSuite();

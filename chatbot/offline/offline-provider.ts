import { handbook as defaultHandbook, type Handbook } from "../../knowledge-base/index";
import type { ChatProvider } from "../provider";
import type { LlmCall } from "../schema";
import { renderDecision } from "./render-reply";
import { understandOffline } from "./understand-offline";
import { warmUpOffline } from "./warm-up-offline";

const MODEL = "offline-rules-v1";

/** No model, no tokens: the offline engine reports 0 rather than an estimate that would pass for a measurement. */
function call(job: LlmCall["job"]): LlmCall {
  return {
    job,
    provider: "offline",
    model: MODEL,
    inputTokens: 0,
    outputTokens: 0,
    latencyMs: 0,
    finishReason: "stop",
    error: null,
  };
}

/** The embedded offline engine: rule-based understanding and template replies built only from handbook facts. */
export function createOfflineProvider(h: Handbook = defaultHandbook): ChatProvider {
  return {
    name: "offline",
    model: MODEL,
    async understand(input) {
      return { understanding: understandOffline(h, input), call: call("understand") };
    },
    async writeReply(input, onToken) {
      const text = renderDecision(h, input.decision);
      // Stream word by word so the UI path is the same as with a real model.
      for (const piece of text.match(/\S+\s*/g) ?? []) onToken(piece);
      return { text, call: call("reply") };
    },
    warmUp: () => warmUpOffline(h),
  };
}

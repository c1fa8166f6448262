import { handbook as defaultHandbook, type Handbook } from "../../knowledge-base/index";
import type { ChatProvider, ReplyInput } from "../provider";
import type { LlmCall } from "../schema";
import { recallReply } from "./recall-reply";
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

/** Decisions that only answer (no booking step): a recall of the bot's own earlier words may stand in for them. */
const ANSWERING = new Set(["answer", "dont_know", "bookings_found", "thanks", "offer_booking"]);

/**
 * The reply, or the recall of what the bot said earlier in this conversation when the message points back at it
 * ("what was the first price you gave me?"): the conversation's own replies answer that, not a fresh template. A
 * booking found is still said after it.
 */
export function recalledOr(h: Handbook, input: ReplyInput, rendered: string): string {
  const parts = input.decision.parts;
  if (!parts.length || !parts.every((p) => ANSWERING.has(p.kind))) return rendered;
  const recalled = recallReply(h, input.message, input.history);
  if (!recalled) return rendered;
  return parts.some((p) => p.kind === "bookings_found") ? `${recalled} ${rendered}` : recalled;
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
      const text = recalledOr(h, input, renderDecision(h, input.decision));
      // Stream word by word so the UI path is the same as with a real model.
      for (const piece of text.match(/\S+\s*/g) ?? []) onToken(piece);
      return { text, call: call("reply") };
    },
    warmUp: () => warmUpOffline(h),
  };
}

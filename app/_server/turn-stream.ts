import "server-only";
import { context } from "@opentelemetry/api";
import type { TurnRefusal } from "../../chatbot/index";
import type { ChatEvent, ChatTurn } from "../_lib/chat-dto";
import { chatTurnFromResult } from "../_lib/chat-turn";
import { accessMetadata } from "./conversation-access";
import { getRuntime } from "./runtime";

const encoder = new TextEncoder();
const line = (event: ChatEvent) => encoder.encode(`${JSON.stringify(event)}\n`);

/**
 * Runs exactly one machine turn and exposes it as an NDJSON byte stream: a `token` event per reply delta, then `done`
 * with the finished turn. The answer is decided by whichever comes first: a refusal (unknown conversation, empty or
 * too-long message) resolves before any token and becomes an HTTP error; otherwise the stream starts at once.
 */
export async function streamTurn(input: {
  conversationId?: string;
  message: string;
  /** The browser's chat key: a new conversation stores its hash, so only this browser can open it. */
  chatKey: string;
  /** Called with a new conversation's id before the customer learns it (binds it to the chat key). */
  onStart: (conversationId: string) => void;
}): Promise<{ ok: true; stream: ReadableStream<Uint8Array> } | { ok: false; error: TurnRefusal }> {
  const runtime = getRuntime();
  const queue: Uint8Array[] = [];
  let controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  let closed = false;
  const emit = (event: ChatEvent) => {
    if (closed) return;
    if (controller) controller.enqueue(line(event));
    else queue.push(line(event));
  };
  const close = () => {
    if (closed) return;
    closed = true;
    controller?.close();
  };

  let firstToken!: () => void;
  const started = new Promise<"token">((resolve) => {
    firstToken = () => resolve("token");
  });
  const outcome = runtime.runTurn({
    conversationId: input.conversationId,
    message: input.message,
    source: "ui",
    parent: context.active(), // the HTTP request span (Next.js), so the turn nests under it in a collector
    metadata: input.conversationId ? undefined : accessMetadata(input.chatKey),
    onToken: (delta) => {
      emit({ type: "token", delta });
      firstToken();
    },
  });
  const first = await Promise.race([started, outcome]);
  if (first !== "token" && !first.ok) return { ok: false, error: first.error };

  const finish = outcome.then(
    (result) => {
      if (result.ok && !input.conversationId) input.onStart(result.turn.conversationId);
      if (result.ok)
        emit({
          type: "done",
          turn: chatTurnFromResult(runtime.deps.kb.handbook, input.message.trim(), result.turn) satisfies ChatTurn,
        });
      else emit({ type: "error", error: result.error });
    },
    (error: unknown) => {
      // Unexpected failure mid-stream: the status line is already sent, so the error travels as the last event.
      console.error("[bikeshop] chat turn failed", error);
      emit({
        type: "error",
        error: { code: "internal_error", message: "Sorry, something went wrong on our side. Please try again." },
      });
    },
  );
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
      for (const chunk of queue.splice(0)) c.enqueue(chunk);
      void finish.finally(close);
    },
    cancel() {
      // The customer left; the turn still completes and is stored, we just stop writing.
      closed = true;
    },
  });
  return { ok: true, stream };
}

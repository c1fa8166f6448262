import { describe, expect, it } from "vitest";
import type { ChatProvider, ReplyInput, UnderstandInput } from "../provider";
import { LlmCall, Understanding } from "../schema";
import { isProviderError } from "./provider-error";

/** Inputs every provider is run on by the contract. */
export const CONTRACT_UNDERSTAND: UnderstandInput = {
  message: "Can I book a tune-up next Saturday at 9:30am?",
  state: "idle",
  expecting: null,
  history: [{ role: "assistant", content: "Hi! How can I help?" }],
  now: "2026-03-10T10:00:00-07:00",
};

export const CONTRACT_REPLY: ReplyInput = {
  message: "When are you open on Saturday?",
  decision: { parts: [{ kind: "answer", topics: ["hours"], day: "sat" }], factIds: ["hours.sat"] },
  facts: [{ id: "hours.sat", section: "hours", text: "Saturday: open 9am to 3pm." }],
  history: [],
  now: "2026-03-10T10:00:00-07:00",
};

/** How the contract reaches a provider: `make` gives a fresh one; `abortable` when calls take long enough to cancel. */
export interface ContractSubject {
  make: () => ChatProvider | Promise<ChatProvider>;
  /** Model-backed providers honour the caller's AbortSignal; the offline engine answers synchronously. */
  abortable: boolean;
  timeoutMs?: number;
}

/**
 * The one provider contract (offline, OpenAI-compatible and local run it): a zod-valid understanding and a trace
 * record naming the provider and model; streamed deltas that add up to the returned text; a failing token sink's
 * own error propagates; a cancelled call rejects as a ProviderError of kind "aborted" carrying its trace record.
 */
export function describeProviderContract(name: string, subject: ContractSubject): void {
  const timeout = subject.timeoutMs ?? 20_000;
  describe(`provider contract: ${name}`, () => {
    it("understand → a valid Understanding and an LlmCall naming the provider and model", { timeout }, async () => {
      const provider = await subject.make();
      const { understanding, call } = await provider.understand(CONTRACT_UNDERSTAND);
      expect(Understanding.safeParse(understanding).success).toBe(true);
      expect(LlmCall.parse(call)).toMatchObject({
        job: "understand",
        provider: provider.name,
        model: provider.model,
        error: null,
      });
    });

    it("writeReply → streamed deltas add up to the non-empty returned text", { timeout }, async () => {
      const provider = await subject.make();
      const deltas: string[] = [];
      const { text, call } = await provider.writeReply(CONTRACT_REPLY, (d) => deltas.push(d));
      expect(text.trim()).not.toBe("");
      expect(deltas.length).toBeGreaterThan(0);
      expect(deltas.join("")).toBe(text);
      expect(LlmCall.parse(call)).toMatchObject({
        job: "reply",
        provider: provider.name,
        model: provider.model,
        error: null,
      });
    });

    it("an error thrown by the token sink propagates unchanged", { timeout }, async () => {
      const provider = await subject.make();
      const boom = new Error("sink broke");
      await expect(
        provider.writeReply(CONTRACT_REPLY, () => {
          throw boom;
        }),
      ).rejects.toBe(boom);
    });

    it.runIf(subject.abortable)(
      "the caller's AbortSignal → ProviderError aborted, with its trace record",
      { timeout },
      async () => {
        const provider = await subject.make();
        const controller = new AbortController();
        const pending = provider.writeReply(
          CONTRACT_REPLY,
          () => controller.abort(new Error("user left")),
          controller.signal,
        );
        const error = await pending.then(
          () => expect.fail("expected a ProviderError"),
          (e: unknown) => e,
        );
        if (!isProviderError(error)) throw error;
        expect(error.kind).toBe("aborted");
        expect(error.call).toMatchObject({
          job: "reply",
          provider: provider.name,
          error: expect.stringMatching(/^aborted: /),
        });
      },
    );
  });
}

import { describe, expect, it } from "vitest";
import { CONTRACT_REPLY, CONTRACT_UNDERSTAND, describeProviderContract } from "../providers/provider-contract";
import { isProviderError, type ProviderError } from "../providers/provider-error";
import { type CompletionRequest, type CompletionResult, type LocalModel, LocalTimeoutError } from "./local-model";
import { createLocalProvider } from "./local-provider";
import { ModelFileError } from "./model-file";

const VALID =
  '{"intent":"question","topics":["hours"],"slots":{"service":null,"dateText":null,"timeText":null,"name":null,"contact":null,"notOffered":null}}';

/** A scripted LocalModel: `answer` decides each completion (streams its text in two chunks). */
function fakeModel(
  answer: (r: CompletionRequest) => Partial<CompletionResult> | Promise<Partial<CompletionResult>>,
  promptStyle: LocalModel["promptStyle"] = "chat",
): LocalModel {
  return {
    name: "fake",
    promptStyle,
    path: "/m/fake.gguf",
    loadMs: 0,
    countTokens: (t) => t.length,
    close: async () => {},
    nextTokens: async () => ({ top: [{ token: " pass", logprob: -0.1 }], inputTokens: 50, evaluatedTokens: 50 }),
    async complete(r) {
      const out = {
        text: r.schema ? VALID : "We're open 9am to 3pm.",
        inputTokens: 50,
        evaluatedTokens: 50,
        outputTokens: 7,
        stopReason: "eog" as const,
        ...(await answer(r)),
      };
      if (r.onText && out.stopReason === "eog") {
        for (const chunk of [out.text.slice(0, 5), out.text.slice(5)]) {
          if (r.signal?.aborted) return { ...out, text: "", stopReason: "abort" };
          r.onText(chunk);
        }
      }
      return out;
    },
  };
}

const provider = (
  answer: Parameters<typeof fakeModel>[0] = () => ({}),
  timeoutMs = 1000,
  style: LocalModel["promptStyle"] = "chat",
) => createLocalProvider({ model: async () => fakeModel(answer, style), modelName: "fake", timeoutMs });

async function providerError(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => expect.fail("expected a ProviderError"),
    (e: unknown) => e,
  );
  if (!isProviderError(error)) throw error;
  return error;
}

describeProviderContract("local (scripted model)", { make: () => provider(), abortable: true });
describeProviderContract("local (scripted base model, completion prompts)", {
  make: () => provider(() => ({}), 1000, "completion"),
  abortable: true,
});

describe("local provider", () => {
  it("asks for the understanding JSON schema and records tokenizer counts", async () => {
    const seen: CompletionRequest[] = [];
    const { call } = await provider((r) => {
      seen.push(r);
      return {};
    }).understand(CONTRACT_UNDERSTAND);
    expect(seen[0]?.schema).toMatchObject({ type: "object", required: ["intent", "topics", "slots"] });
    expect(call).toMatchObject({
      provider: "local",
      model: "fake",
      inputTokens: 50,
      outputTokens: 7,
      finishReason: "eog",
    });
  });

  it.each<[string, Partial<CompletionResult>, string]>([
    ["output that is not JSON", { text: "Sure! {" }, "invalid_output"],
    ["JSON outside the schema", { text: '{"intent":"buy_bike"}' }, "invalid_output"],
    ["the token limit", { text: '{"intent":', stopReason: "max_tokens" }, "truncated"],
  ])("understand: %s → %s, recorded on the call", async (_name, result, kind) => {
    const error = await providerError(provider(() => result).understand(CONTRACT_UNDERSTAND));
    expect(error.kind).toBe(kind);
    expect(error.call).toMatchObject({
      job: "understand",
      provider: "local",
      error: expect.stringMatching(new RegExp(`^${kind}: `)),
    });
  });

  it("a model that does not answer in time → timeout; the limit and chat priority are passed to the model", async () => {
    const seen: CompletionRequest[] = [];
    const slow = provider((r) => {
      seen.push(r);
      return Promise.reject(new LocalTimeoutError(r.timeoutMs ?? 0));
    }, 50);
    expect((await providerError(slow.writeReply(CONTRACT_REPLY, () => {}))).kind).toBe("timeout");
    expect(seen[0]).toMatchObject({ timeoutMs: 50, priority: 1 });
  });

  it("a model file that cannot be loaded → request, naming the file and `pnpm model pull`", async () => {
    const broken = createLocalProvider({
      model: () => Promise.reject(new ModelFileError("/m/x.gguf", "not_gguf", "is not a GGUF file")),
      modelName: "x",
      timeoutMs: 1000,
    });
    const error = await providerError(broken.understand(CONTRACT_UNDERSTAND));
    expect(error.kind).toBe("request");
    expect(error.message).toMatch(/\/m\/x\.gguf.*pnpm model pull/);
  });

  it.each<[string, string]>([
    ["an empty reply", "\n"],
    [
      "a reply that repeats the prompt",
      "You write the next chat message of a bike repair shop's assistant to a customer.",
    ],
  ])("writeReply: %s → invalid_output, recorded on the call", async (_name, text) => {
    const error = await providerError(provider(() => ({ text })).writeReply(CONTRACT_REPLY, () => {}));
    expect(error.kind).toBe("invalid_output");
    expect(error.call).toMatchObject({
      job: "reply",
      provider: "local",
      error: expect.stringMatching(/^invalid_output: /),
    });
  });

  it("stops replies at a blank line or a new turn marker", async () => {
    const seen: CompletionRequest[] = [];
    await provider((r) => {
      seen.push(r);
      return {};
    }).writeReply(CONTRACT_REPLY, () => {});
    expect(seen[0]?.stopAt).toEqual(expect.arrayContaining(["\n\n", "<start_of_turn>"]));
  });
});

describe("local provider: the prompt-only bot's free-form reply", () => {
  it("sends the system prompt, the history and the message in order, streams the text and records a reply call", async () => {
    const seen: CompletionRequest[] = [];
    const chunks: string[] = [];
    const p = provider((r) => {
      seen.push(r);
      return { text: "We close at 3pm on Saturdays." };
    });
    const { text, call } = await p.respond!(
      {
        system: "RULES",
        history: [
          { role: "user", content: "hi" },
          { role: "assistant", content: "Hello!" },
        ],
        message: "Saturday?",
      },
      (t) => chunks.push(t),
    );
    expect(text).toBe("We close at 3pm on Saturdays.");
    expect(chunks.join("")).toBe(text);
    expect(seen[0]!.messages!.map((m) => `${m.role}:${m.content}`)).toEqual([
      "system:RULES",
      "user:hi",
      "assistant:Hello!",
      "user:Saturday?",
    ]);
    expect(seen[0]!.schema).toBeUndefined();
    expect(call).toMatchObject({ job: "reply", provider: "local", model: "fake", error: null });
  });

  it("an empty or prompt-echoing answer is invalid_output, like the machine bot's reply", async () => {
    const empty = await providerError(
      provider(() => ({ text: "  " })).respond!({ system: "S", history: [], message: "m" }, () => {}),
    );
    expect(empty.kind).toBe("invalid_output");
  });
});

describe("local provider on a base model (no chat template): completion prompts", () => {
  const base = (answer: Parameters<typeof fakeModel>[0]) => provider(answer, 1000, "completion");

  it("understand: one document ending in JSON:, with the schema as grammar", async () => {
    const seen: CompletionRequest[] = [];
    await base((r) => {
      seen.push(r);
      return {};
    }).understand(CONTRACT_UNDERSTAND);
    expect(seen[0]?.messages).toBeUndefined();
    expect(seen[0]?.prompt).toMatch(/Customer: Can I book a tune-up next Saturday at 9:30am\?\nJSON:$/);
    expect(seen[0]?.schema).toMatchObject({ required: ["intent", "topics", "slots"] });
  });

  it("writeReply: the validated draft quoted as the reply, then the reply opened with a quote", async () => {
    const seen: CompletionRequest[] = [];
    const chunks: string[] = [];
    const { text, call } = await base((r) => {
      seen.push(r);
      return { text: "On Saturdays we're open 9am to 3pm.\"" };
    }).writeReply(CONTRACT_REPLY, (t) => chunks.push(t));
    expect(seen[0]?.prompt).toMatch(
      /Customer: When are you open on Saturday\?\nThe assistant checked the handbook and replied: "On Saturdays.+"\n\nCustomer: When are you open on Saturday\?\nAssistant: "$/,
    );
    expect(seen[0]?.stopAt).toEqual(expect.arrayContaining(['"\n', "\nCustomer:"]));
    // The closing quote is not part of the reply, streamed or returned.
    expect(text).toBe("On Saturdays we're open 9am to 3pm.");
    expect(chunks.join("")).toBe(text);
    expect(call.error).toBeNull();
  });

  it("a base model that repeats the line introducing the draft is invalid_output", async () => {
    const error = await providerError(
      base(() => ({
        text: 'The assistant checked the handbook and replied: "We\'re open."',
      })).writeReply(CONTRACT_REPLY, () => {}),
    );
    expect(error.kind).toBe("invalid_output");
  });

  it("respond: the caller's system text then the transcript as Customer:/Assistant: lines", async () => {
    const seen: CompletionRequest[] = [];
    await base((r) => {
      seen.push(r);
      return {};
    }).respond!(
      {
        system: "RULES\n[hours.sat] Saturday: 9-3",
        history: [
          { role: "user", content: "hi" },
          { role: "assistant", content: "Hello!" },
        ],
        message: "Saturday?",
      },
      () => {},
    );
    expect(seen[0]?.prompt).toMatch(
      /^RULES\n\[hours\.sat\][\s\S]*Customer: hi\nAssistant: Hello!\nCustomer: Saturday\?\nAssistant:$/,
    );
  });
});

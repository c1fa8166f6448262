/**
 * A scripted fake of the OpenAI Chat Completions HTTP API on 127.0.0.1 (test and benchmark support, never production).
 *
 *   const fake = await startFakeOpenAI([{ kind: "status", status: 429, headers: { "retry-after": "0" } }]);
 *   fake.enqueue({ kind: "stream", chunks: ["Hel", "lo"], usage: { prompt_tokens: 9, completion_tokens: 2 } });
 *   const client = new OpenAI({ baseURL: fake.baseURL, apiKey: "test" });
 *   // ... run the code under test, then inspect fake.requests[i].body / .headers
 *   await fake.close();
 *
 * Each request takes the next queued step; when the queue is empty the `respond` function (if given) decides, else
 * the server answers 400 with `x-should-retry: false` so a missing script fails fast instead of being retried.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type ChatRequestBody,
  completionBody,
  errorBody,
  type FakeRequest,
  type FakeStep,
  partialStreamEvents,
  streamEvents,
} from "./fake-openai-wire";

export type { ChatRequestBody, FakeRequest, FakeStep, FakeUsage } from "./fake-openai-wire";

/** Decides the answer to a request when no scripted step is queued (benchmarks, synthetic users, judges). */
export type FakeResponder = (body: ChatRequestBody, request: FakeRequest) => FakeStep | Promise<FakeStep>;

/** Options of `startFakeOpenAI`: initial queued steps and a fallback responder. */
export interface FakeOpenAIOptions {
  steps?: FakeStep[];
  respond?: FakeResponder;
}

/** A running fake server. `requests` is live: it grows as requests arrive (including hung and reset ones). */
export interface FakeOpenAI {
  /** e.g. `http://127.0.0.1:54321/v1`, ready for `new OpenAI({ baseURL })`. */
  baseURL: string;
  requests: FakeRequest[];
  /** Appends steps to the queue. */
  enqueue(...steps: FakeStep[]): void;
  /** How many queued steps have not been used yet. */
  remaining(): number;
  /** Drops open (hung, stalled) connections and stops the server. */
  close(): Promise<void>;
}

/** Starts the fake on an ephemeral port; pass queued steps, or options with steps and a fallback responder. */
export async function startFakeOpenAI(script: FakeStep[] | FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const options = Array.isArray(script) ? { steps: script } : script;
  const queue: FakeStep[] = [...(options.steps ?? [])];
  const requests: FakeRequest[] = [];
  let counter = 0;

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: `fake-openai crashed: ${String(error)}` } }));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const request: FakeRequest = {
      method: req.method ?? "",
      path: req.url ?? "",
      headers: { ...req.headers },
      body: parseJson(raw),
    };
    requests.push(request);
    if (request.method !== "POST" || request.path !== "/v1/chat/completions") {
      return sendJson(res, 404, { error: { message: `fake-openai: no route ${request.method} ${request.path}` } });
    }
    const body = request.body;
    if (!body) return sendJson(res, 400, { error: { message: "fake-openai: body is not JSON" } }, noRetry);
    const step = queue.shift() ?? (options.respond ? await options.respond(body, request) : undefined);
    if (!step) return sendJson(res, 400, { error: { message: "fake-openai: no scripted response left" } }, noRetry);
    if (step.kind === "hang") return; // keep the socket open; close() or the client's abort ends it
    await sleep(step.latencyMs);
    await answer(step, body, res, `chatcmpl-fake-${++counter}`);
  }

  // The fake never closes an idle keep-alive connection itself: with Node's default 5 s idle timeout, a loaded machine
  // (client and server late on the same event loop) let the client reuse a pooled socket in the very tick the server
  // dropped it, and the request failed with ECONNRESET. Idle sockets now end only when the client drops them (its own
  // idle timeout, race-free for it) or at close().
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...steps) => void queue.push(...steps),
    remaining: () => queue.length,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

const noRetry = { "x-should-retry": "false" };

/** Writes one non-hang step as the HTTP answer. */
async function answer(
  step: Exclude<FakeStep, { kind: "hang" }>,
  body: ChatRequestBody,
  res: ServerResponse,
  id: string,
) {
  switch (step.kind) {
    case "status":
      return sendJson(res, step.status, step.body ?? errorBody(step.status), step.headers);
    case "reset":
      res.socket?.destroy();
      return;
    case "json":
      if (body.stream)
        return sendSse(
          res,
          streamEvents(id, body, [{ content: step.content }], step.finishReason ?? "stop", step.usage),
        );
      return sendJson(
        res,
        200,
        completionBody(
          id,
          body,
          { content: step.content, refusal: null },
          step.finishReason ?? "stop",
          step.usage,
          step.topLogprobs,
        ),
      );
    case "stream": {
      const finish = step.finishReason ?? "stop";
      if (!body.stream) {
        const message = { content: step.chunks.join(""), refusal: null };
        return sendJson(res, 200, completionBody(id, body, message, finish, step.usage));
      }
      const deltas = step.chunks.map((content) => ({ content }));
      return sendSse(res, streamEvents(id, body, deltas, finish, step.usage), step.chunkDelayMs);
    }
    case "refusal":
      if (body.stream) return sendSse(res, streamEvents(id, body, [{ refusal: step.refusal }], "stop", step.usage));
      return sendJson(res, 200, completionBody(id, body, { content: null, refusal: step.refusal }, "stop", step.usage));
    case "truncated-stream":
      await sendSse(res, partialStreamEvents(id, body, step.chunks), 0, false);
      // Let the written chunks reach the client before the connection dies.
      await sleep(20);
      if (step.end === "clean") res.end();
      else res.socket?.destroy();
      return;
    case "stalled-stream":
      return sendSse(res, partialStreamEvents(id, body, step.chunks), 0, false);
  }
}

function sendJson(res: ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(payload));
}

async function sendSse(res: ServerResponse, events: string[], delayMs = 0, end = true): Promise<void> {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
  res.flushHeaders();
  for (const [i, event] of events.entries()) {
    if (i > 0) await sleep(delayMs);
    res.write(event);
  }
  if (end) res.end();
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on("data", (part: Buffer) => parts.push(part));
    req.on("end", () => resolve(Buffer.concat(parts).toString("utf8")));
    req.on("error", reject);
  });
}

function parseJson(raw: string): ChatRequestBody | null {
  try {
    const value: unknown = JSON.parse(raw);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as ChatRequestBody) : null;
  } catch {
    // Not JSON: recorded as null and answered with 400 by the caller.
    return null;
  }
}

function sleep(ms: number | undefined): Promise<void> {
  return ms && ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

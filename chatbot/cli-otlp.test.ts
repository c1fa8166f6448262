import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startProtobufReceiver } from "../traces/otlp-receiver.fixture";

// node --import tsx, not the tsx CLI: that wrapper relays a signal and SIGKILLs its child if the child has not
// acknowledged it within 30 ms, which a loaded machine can miss (a terminal's Ctrl-C reaches both processes).
let receiver: Awaited<ReturnType<typeof startProtobufReceiver>> | undefined;
afterEach(async () => receiver?.close());

/** Runs `pnpm chat` against the receiver; `stopWith` leaves stdin open and sends that signal after the first reply. */
function chat(endpoint: string, lines: string[], stopWith?: NodeJS.Signals, extraEnv: Record<string, string> = {}) {
  const db = join(mkdtempSync(join(tmpdir(), "cli-otlp-")), "c.db");
  // A long batch delay: only the exit-time flush can deliver the spans within the test.
  const env = {
    ...process.env,
    DATABASE_PATH: db,
    LLM_PROVIDER: "offline",
    OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
    OTEL_BSP_SCHEDULE_DELAY: "600000",
    ...extraEnv,
  };
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "chatbot/cli.ts", "--json", "--now", "2026-11-23T09:00:00-08:00"],
    { env },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => {
    stdout += d;
    if (stopWith && stdout.includes("\n")) child.kill(stopWith);
  });
  child.stderr.on("data", (d: Buffer) => (stderr += d));
  child.stdin.write(lines.map((l) => `${l}\n`).join(""));
  if (!stopWith) child.stdin.end();
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? -1 : null), stdout, stderr })),
  );
}

describe("pnpm chat with OTEL_EXPORTER_OTLP_ENDPOINT", () => {
  it("delivers every turn's spans as OTLP protobuf before the process exits", async () => {
    receiver = await startProtobufReceiver();
    const out = await chat(receiver.endpoint, ["What time do you close on Saturday?", "Can I book a tune-up?"]);
    expect(out.stderr).toBe("");
    expect(out.code).toBe(0);
    expect(receiver.rejected).toEqual([]);
    const turns = receiver.spans.filter((s) => s.name === "chat.turn");
    expect(turns.map((s) => s.attributes["chat.turn.index"])).toEqual([1, 2]);
    const conversation = JSON.parse(out.stdout.split("\n")[0] ?? "{}").conversationId;
    expect(turns.every((s) => s.attributes["session.id"] === conversation)).toBe(true);
    // Children arrive in the same trace as their turn.
    const decide = receiver.spans.filter((s) => s.name === "chatbot.decide");
    expect(decide.length).toBeGreaterThanOrEqual(2);
    expect(new Set(decide.map((s) => s.traceId))).toEqual(new Set(turns.map((s) => s.traceId)));
  }, 60_000);

  it("flushes on SIGTERM and exits 143", async () => {
    receiver = await startProtobufReceiver();
    const out = await chat(receiver.endpoint, ["Do you fix e-bikes?"], "SIGTERM");
    expect(out.code).toBe(143);
    expect(receiver.spans.filter((s) => s.name === "chat.turn")).toHaveLength(1);
  }, 60_000);

  it("with OTEL_EXPORTER_OTLP_PROTOCOL=http/json a protobuf-only collector refuses it, and the CLI says so once", async () => {
    receiver = await startProtobufReceiver();
    const out = await chat(receiver.endpoint, ["hi", "When do you open on Monday?"], undefined, {
      OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
    });
    expect(out.code).toBe(0);
    expect(receiver.rejected).toEqual(["/v1/traces application/json"]);
    expect(out.stderr.match(/OTLP export to \S+ failed/g)).toHaveLength(1);
  }, 60_000);
});

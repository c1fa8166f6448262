import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aConversation, aSpan, aTurn } from "./fixtures";
import { openTraceStore } from "./store";

const dir = mkdtempSync(join(tmpdir(), "traces-cli-"));
const DATABASE_PATH = join(dir, "cli.db");
const CLI = join(import.meta.dirname, "cli.ts");

const traces = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", CLI, ...args], {
    env: { ...process.env, DATABASE_PATH },
    encoding: "utf8",
    timeout: 20_000,
  });

beforeAll(() => {
  const store = openTraceStore(DATABASE_PATH);
  store.createConversation(aConversation({ id: "conv-1" }));
  store.commitTurn(aTurn({ conversationId: "conv-1", user: "=1+1 hours?" }), [aSpan({ name: "turn" })]);
  store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("pnpm traces (as a process)", () => {
  it("show <id> --json prints the conversation and its turns with spans", () => {
    const r = traces("show", "conv-1", "--json");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.conversation).toMatchObject({ id: "conv-1", turnCount: 1, finalState: "idle" });
    expect(doc.turns).toHaveLength(1);
    expect(doc.turns[0]).toMatchObject({
      index: 1,
      user: "=1+1 hours?",
      assistant: "assistant reply 1",
      stateBefore: "idle",
      stateAfter: "idle",
    });
    expect(doc.turns[0].spans).toEqual([expect.objectContaining({ name: "turn", spanId: "s1" })]);
  });

  it("show with an unknown id says so on stderr and exits 1", () => {
    const r = traces("show", "nope", "--json");
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/no conversation with id "nope"/);
  });

  it("export --format csv --out writes a formula-safe file; bad arguments exit 2 with usage", () => {
    const out = join(dir, "out.csv");
    expect(traces("export", "--format", "csv", "--out", out).status).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("conv-1,1,2026-11-23T10:00:00-05:00,'=1+1 hours?,assistant reply 1");
    const bad = traces("export", "--format", "xml");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/invalid format[\s\S]*usage: pnpm traces/);
  });
});

import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeOpenAI, startFakeOpenAI } from "../../tests/support/fake-openai";
import { openTraceStore } from "../../traces/index";
import { seedTrace } from "../annotation/fixtures";
import { openAnnotationStore } from "../annotation/index";

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "eval-modes-"));
const db = join(dir, "t.db");
const FAILING = new Set(Array.from({ length: 24 }, (_, i) => `tr-${i}`).filter((_, i) => i % 3 === 0));
let fake: FakeOpenAI;

/** `pnpm eval …` on the test database; the judge (when asked) on the fake server. Never throws on a non-zero exit. */
async function cli(args: string[], judge: boolean) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_PATH: db, OPENAI_API_KEY: "", LLM_PROVIDER: "" };
  env.OPENAI_BASE_URL = judge ? fake.baseURL : "";
  env.JUDGE_MODEL = judge ? "judge-test" : "off";
  try {
    const r = await run("npx", ["tsx", "evals/cli.ts", ...args], { env, encoding: "utf8" });
    return { code: 0, ...r };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  // 24 labelled traces: every third fails with a mode made on the axial board, the rest pass.
  const traces = openTraceStore(db);
  const labels = openAnnotationStore(db);
  for (let i = 0; i < 24; i++) {
    const id = `tr-${i}`;
    seedTrace(traces, id);
    labels.setLabel({
      traceId: id,
      annotator: "ann",
      at: "2026-06-03T10:00:00.000Z",
      state: {
        verdict: FAILING.has(id) ? "fail" : "pass",
        note: "",
        firstFailTurn: FAILING.has(id) ? 1 : null,
        factIds: [],
      },
    });
  }
  labels.changeTaxonomy({
    change: {
      kind: "create_mode",
      mode: { name: "Ignores size", definition: "Recommends a bike without asking the rider's height.", factIds: [] },
      traceIds: [...FAILING],
    },
    author: "ann",
    at: "2026-06-03T10:00:00.000Z",
  });
  labels.close();
  await traces.close();
  fake = await startFakeOpenAI({
    respond: (body) => {
      const user = JSON.stringify(body.messages?.at(-1) ?? "");
      const fail = [...FAILING].some((id) => user.includes(`of ${id}`));
      return {
        kind: "json",
        content: JSON.stringify({ critique: "c", verdict: fail ? "fail" : "pass", turn: fail ? 1 : null }),
      };
    },
  });
});
afterAll(() => fake?.close());

describe("pnpm eval modes / judge create against the fake OpenAI-compatible server", { timeout: 90_000 }, () => {
  it("shows the axial mode with its rate and 'no evaluator yet', creates its judge, then shows it validated", async () => {
    const before = await cli(["modes"], false);
    expect(before.stdout).toMatch(/ignores_size\s+33\.3% \[18\.0%, 53\.3%\]\s+8\/24\s+no evaluator yet/);

    const noModel = await cli(["judge", "create", "--mode", "Ignores size"], false);
    expect(noModel.code).toBe(2);
    expect(noModel.stderr).toMatch(/no judge model/);
    expect((await cli(["judge", "create", "--mode", "nope"], true)).code).toBe(1);

    const created = await cli(["judge", "create", "--mode", "Ignores size", "--json"], true);
    expect(created.code, created.stderr).toBe(0);
    const out = JSON.parse(created.stdout) as {
      judge: { id: string; modeId: string; measurement: { n: number; tpr: number; tnr: number } };
      mode: { evaluators: { id: string; validated: boolean }[] };
    };
    expect(out.judge.modeId).toBe("ignores_size");
    expect(out.judge.measurement).toMatchObject({ tpr: 1, tnr: 1 });
    expect(out.judge.measurement.n).toBeGreaterThan(0);
    expect(fake.requests.length).toBe(out.judge.measurement.n);
    expect(out.mode.evaluators).toEqual([expect.objectContaining({ id: out.judge.id, validated: true })]);

    const after = await cli(["modes", "--json"], false);
    const mode = (JSON.parse(after.stdout) as { modes: { id: string; evaluators: { id: string }[] }[] }).modes.find(
      (m) => m.id === "ignores_size",
    );
    expect(mode?.evaluators.map((e) => e.id)).toEqual([out.judge.id]);
  });
});

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { openTraceStore } from "../../traces/index";
import { labelsCli } from "./cli";
import { seedTrace } from "./fixtures";
import { openAnnotationStore } from "./store";

const dir = mkdtempSync(join(tmpdir(), "labels-cli-"));
process.env.DATABASE_PATH = join(dir, "t.db");
const traces = openTraceStore(process.env.DATABASE_PATH);
seedTrace(traces, "c_1", { turns: 2 });
seedTrace(traces, "c_2");
traces.close();

/** Runs the CLI in-process, collecting what it writes. */
async function run(...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const into = (lines: string[]) => (s: string | Uint8Array) => lines.push(String(s)) > 0;
  vi.spyOn(process.stdout, "write").mockImplementation(into(stdout));
  vi.spyOn(process.stderr, "write").mockImplementation(into(stderr));
  const code = await labelsCli(argv);
  vi.restoreAllMocks();
  return { code, stdout: stdout.join(""), stderr: stderr.join("") };
}
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
afterEach(() => vi.restoreAllMocks());

describe("pnpm eval labels import", () => {
  it("refuses unknown trace and fact ids with FILE line N, writes nothing, exits 1", async () => {
    const path = file(
      "bad.csv",
      "trace_id,verdict,fact_ids\r\nc_1,fail,hours.sat\r\nc_ghost,fail,\r\nc_2,fail,hours.funday\r\n",
    );
    const r = await run("import", "--input", path);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path} line 3: There is no trace c_ghost.`);
    expect(r.stderr).toContain(`${path} line 4: "hours.funday" is not a handbook fact id.`);
    const labels = openAnnotationStore(process.env.DATABASE_PATH!);
    expect(labels.currentLabels().size).toBe(0);
    labels.close();
  });

  it("imports a good file (CR-only line ends, BOM) and reports the counts", async () => {
    const r = await run(
      "import",
      "--input",
      file("good.csv", "\uFEFFtrace_id,verdict,modes\rc_1,fail,bad_data\r"),
      "--json",
    );
    expect(r).toMatchObject({ code: 0, stdout: '{"imported":1,"unchanged":0,"taxonomyVersion":1,"rows":1}\n' });
  });
});

describe("pnpm eval labels assign", () => {
  it("refuses a trace id that does not exist (exit 1) and assigns existing ones", async () => {
    expect(await run("assign", "--mode", "over_eager", "--trace", "c_1", "--trace", "c_ghost")).toMatchObject({
      code: 1,
      stderr: "eval labels assign: There is no trace c_ghost; nothing was changed.\n",
    });
    expect(await run("assign", "--mode", "over_eager", "--trace", "c_1")).toMatchObject({ code: 0 });
  });

  it("exits 2 with usage on bad arguments", async () => {
    expect(await run("assign", "--mode", "x")).toMatchObject({ code: 2, stderr: expect.stringContaining("usage:") });
  });
});

import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";

it("kill -TERM after an acknowledged turn on a full disk: the turn is drained to the dead letter, not lost", async () => {
  const path = join(mkdtempSync(join(tmpdir(), "term-drain-")), "t.db");
  const child = spawn(process.execPath, ["--import", "tsx", join(import.meta.dirname, "term-drain.fixture.ts"), path], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  const acked = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ack: ${out}`)), 30_000);
    child.stdout.on("data", () => {
      const m = out.match(/ack (c_\w+)/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  child.kill("SIGTERM");
  expect(await exited).toBe(143);
  const deadLetter = `${path}.deadletter.jsonl`;
  expect(existsSync(deadLetter)).toBe(true);
  const lines = readFileSync(deadLetter, "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  expect(lines.map((l) => l.write.turn.conversationId)).toEqual([acked]);
  expect(lines[0].write.turn.assistant).toMatch(/open/i);
}, 60_000);

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseChatArgs, turnJson } from "./cli-args";

const TSX = join(process.cwd(), "node_modules/.bin/tsx");

function chat(args: string[], stdin: string, db: string, env: Record<string, string> = { LLM_PROVIDER: "offline" }) {
  return spawnSync(TSX, ["chatbot/cli.ts", ...args], {
    input: stdin,
    encoding: "utf8",
    env: { ...process.env, DATABASE_PATH: db, ...env },
    timeout: 60_000,
  });
}

describe("pnpm chat (CLI)", () => {
  it("prints one JSON object per turn, ignores empty lines, and continues a stored conversation", () => {
    const db = join(mkdtempSync(join(tmpdir(), "cli-")), "c.db");
    const r = chat(
      ["--json", "--now", "2026-11-23T09:00:00-08:00"],
      "What time do you close on Saturday?\n\n   \nCan I walk in for a tune-up?\n",
      db,
    );
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(Object.keys(lines[0])).toEqual(["conversationId", "turn", "state", "reply"]);
    expect(lines[0]).toMatchObject({ turn: 1, state: "browsing", reply: expect.stringMatching(/3pm/) });
    expect(lines[1]).toMatchObject({ turn: 2, conversationId: lines[0].conversationId });
    const again = chat(["--json", "--conversation", lines[0].conversationId], "thanks\n", db);
    expect(JSON.parse(again.stdout.trim())).toMatchObject({ conversationId: lines[0].conversationId, turn: 3 });
  });

  it("--help prints the usage and exits 0; an unknown flag exits 2 with the usage", () => {
    const db = join(mkdtempSync(join(tmpdir(), "cli-")), "c.db");
    const help = chat(["--help"], "", db);
    expect([help.status, help.stdout]).toEqual([0, expect.stringMatching(/^usage: pnpm chat \[--json\]/)]);
    const bad = chat(["--jsn"], "hi\n", db);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/Unknown option '--jsn'[\s\S]*usage: pnpm chat/);
    expect(bad.stdout).toBe("");
  });

  it("reads DATABASE_PATH from .env.local in the working directory, as pnpm dev does", () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-env-"));
    writeFileSync(join(dir, ".env.local"), `DATABASE_PATH=${join(dir, "from-env-local.db")}\nLLM_PROVIDER=offline\n`);
    const { DATABASE_PATH: _omit, ...env } = process.env;
    const r = spawnSync(TSX, [join(process.cwd(), "chatbot/cli.ts"), "--json"], {
      cwd: dir,
      input: "hi\n",
      encoding: "utf8",
      env: { ...env, NODE_ENV: "development" },
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    expect(existsSync(join(dir, "from-env-local.db"))).toBe(true);
  });

  it("exits 1 with a clear error on an unknown conversation, and refuses a 100 KB message but keeps going", () => {
    const db = join(mkdtempSync(join(tmpdir(), "cli-")), "c.db");
    const unknown = chat(["--json", "--conversation", "c_missing"], "hi\n", db);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/No conversation with id "c_missing"/);
    const big = chat(["--json"], `${"x".repeat(100_000)}\nhi\n`, db);
    expect(big.status).toBe(0);
    expect(big.stderr).toMatch(/too long/);
    expect(big.stdout.trim().split("\n")).toHaveLength(1);
  });

  it("exits 2 with usage on an unknown --bot, and says --bot prompt needs a model on the offline engine", () => {
    const db = join(mkdtempSync(join(tmpdir(), "cli-")), "c.db");
    const unknown = chat(["--bot", "gpt"], "hi\n", db);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown bot "gpt"[\s\S]*usage: pnpm chat .*--bot machine\|prompt/);
    const offline = chat(["--json", "--bot", "prompt"], "hi\n", db);
    expect(offline.status).toBe(2);
    expect(offline.stdout).toBe("");
    expect(offline.stderr).toMatch(/needs a language model.*LLM_PROVIDER.*OPENAI_BASE_URL.*LOCAL_MODEL_PATH/);
  });
});

describe("pnpm chat with an unusable local model file", () => {
  it.each<[string, string | null]>([
    ["missing", null],
    ["not GGUF", "<html>404</html>"],
  ])("%s → exit 2, one line naming the file and `pnpm model pull`, no stack", (_name, content) => {
    const dir = mkdtempSync(join(tmpdir(), "cli-model-"));
    const model = join(dir, "m.gguf");
    if (content !== null) writeFileSync(model, content);
    const r = chat(["--json"], "hi\n", join(dir, "c.db"), { LLM_PROVIDER: "local", LOCAL_MODEL_PATH: model });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(new RegExp(`^chat: local model ${model}: .*pnpm model pull`));
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe("");
  });
});

describe("chat arguments", () => {
  it("rejects a --now that is not an ISO datetime with offset", () => {
    expect(() => parseChatArgs(["--now", "tomorrow"])).toThrow(/--now: expected an ISO datetime/);
    expect(parseChatArgs(["--json", "--now", "2026-11-23T09:00:00-08:00"])).toEqual({
      json: true,
      now: "2026-11-23T09:00:00-08:00",
      conversation: null,
      bot: null,
    });
  });

  it("reads --bot machine|prompt and rejects any other bot", () => {
    expect(parseChatArgs(["--bot", "prompt"]).bot).toBe("prompt");
    expect(parseChatArgs(["--bot", "machine"]).bot).toBe("machine");
    expect(() => parseChatArgs(["--bot", "llm"])).toThrow(/--bot: unknown bot "llm"; expected machine\|prompt/);
  });

  it("prints exactly the documented JSON keys", () => {
    expect(turnJson({ conversationId: "c1", turn: 1, state: "idle", reply: "r", extra: 1 } as never)).toBe(
      '{"conversationId":"c1","turn":1,"state":"idle","reply":"r"}',
    );
  });
});

import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, expect, it } from "vitest";
import { aConversation, aTurn, at } from "./fixtures";
import { openTraceStore } from "./store";
import { startStoreWorker } from "./store-worker";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const until = async (what: string, done: () => boolean) => {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!done()) throw new Error(`timed out waiting for: ${what}`);
};

it("with background work on, commits leave checkpoints and text indexing to the worker", async () => {
  dir = mkdtempSync(join(tmpdir(), "traces-worker-"));
  const path = join(dir, "t.db");
  const errors: Error[] = [];
  const store = openTraceStore(path, { background: true, onBackgroundError: (e) => errors.push(e) });
  const raw = new Database(path, { readonly: true });
  const mainFileBytes = () => statSync(path).size;
  const indexed = () =>
    (raw.prepare("SELECT indexed_turn_id AS id FROM conversation_text_state").get() as { id: number }).id;
  const before = mainFileBytes();
  const walPages = () => (statSync(`${path}-wal`).size - 32) / (4096 + 24);
  const filler = "a long reply that fills pages ".repeat(20);
  for (let c = 0; c < 20; c++) {
    store.createConversation(aConversation({ id: `c${c}` }));
    for (const index of [1, 2])
      store.commitTurn(
        aTurn({ conversationId: `c${c}`, index, assistant: `${filler} #${c}`, createdAt: at(index) }),
        [],
      );
  }
  // Fewer WAL pages than even SQLite's default inline threshold (1,000): only the worker can have checkpointed.
  expect(walPages()).toBeLessThan(1000);
  await until("a checkpoint", () => mainFileBytes() > before);
  await until("the text index to catch up in a quiet moment", () => indexed() === 40);
  expect(store.listConversations({ text: "#12" })).toMatchObject({ total: 1, items: [{ id: "c12" }] });
  // Idle and indexed: the worker truncates the WAL, which otherwise never shrinks while the server runs.
  await until("the WAL to be truncated while idle", () => statSync(`${path}-wal`).size === 0);
  expect(errors).toEqual([]);
  raw.close();
  store.close();
});

it("a worker that cannot open the file is reported once (fallback: inline checkpoints), and the store keeps working", async () => {
  dir = mkdtempSync(join(tmpdir(), "traces-worker-"));
  const path = join(dir, "t.db");
  const errors: Error[] = [];
  const store = openTraceStore(path, { background: true, onBackgroundError: (e) => errors.push(e) });
  // The worker thread opens its own connection tens of ms later; the file is gone by then (ours stays open).
  rmSync(path);
  await until("the worker's report", () => errors.length > 0);
  expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/cannot open the database.*inline from now on/)]);
  store.createConversation(aConversation());
  store.commitTurn(aTurn({ user: "still here" }), []);
  expect(store.listConversations({ text: "still here" }).items.map((c) => c.id)).toEqual(["c1"]);
  store.close();
});

it("a failing worker reports once and ends: nothing can report after the thread has exited", async () => {
  dir = mkdtempSync(join(tmpdir(), "traces-worker-"));
  const errors: Error[] = [];
  const worker = startStoreWorker(join(dir, "missing.db"), { intervalMs: 5, onError: (e) => errors.push(e) });
  await worker.exited;
  expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/missing\.db: cannot open the database/)]);
});

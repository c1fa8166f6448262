import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { Scenario } from "../harness/scenario";

/** The next start server runs the trace store's background worker (bundled code must still find better-sqlite3). */
export const scenarios: Scenario[] = [
  {
    name: "store worker: inside next start the background worker runs (text indexed without any search)",
    async run(ctx) {
      const path = join(mkdtempSync(join(tmpdir(), "e2e-worker-")), "bikeshop.db");
      const baseUrl = await ctx.startApp({ DATABASE_PATH: path });
      let conversationId: string | undefined;
      let chatKey = ""; // the conversation continues only with the chat-key cookie that started it
      for (const message of ["What time do you close on Saturday?", "Do you service e-bikes?", "thanks"]) {
        const res = await fetch(`${baseUrl}/api/chat`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: baseUrl, cookie: chatKey },
          body: JSON.stringify(conversationId ? { conversationId, message } : { message }),
        });
        chatKey =
          res.headers
            .getSetCookie()
            .find((c) => c.startsWith("jbs_chat="))
            ?.split(";")[0] ?? chatKey;
        const done = (await res.text())
          .trim()
          .split("\n")
          .map((l) => JSON.parse(l) as { type: string; turn?: { conversationId: string } })
          .find((e) => e.type === "done");
        if (!done?.turn) throw new Error(`no reply to "${message}"`);
        conversationId = done.turn.conversationId;
      }
      const db = new Database(path, { readonly: true });
      try {
        const state = () => ({
          indexed: (db.prepare("SELECT indexed_turn_id AS n FROM conversation_text_state").get() as { n: number }).n,
          turns: (db.prepare("SELECT max(id) AS n FROM turns").get() as { n: number }).n,
        });
        const deadline = Date.now() + 5_000;
        while (Date.now() < deadline && state().indexed !== state().turns) await new Promise((r) => setTimeout(r, 100));
        const s = state();
        if (s.turns !== 3 || s.indexed !== 3)
          throw new Error(`the server's worker did not index in the background: ${JSON.stringify(s)}`);
      } finally {
        db.close();
      }
      ctx.note("store worker: 3 turns indexed in the background by the next start server");
    },
  },
];

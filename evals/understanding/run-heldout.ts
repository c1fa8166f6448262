import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRuntime } from "../../chatbot/index";
import { handbook } from "../../knowledge-base/index";
import { storableValue, textLines } from "../../traces/index";
import {
  type HeldoutItem,
  type ItemResult,
  HeldoutItem as ItemSchema,
  type StoredBooking,
  type TurnOutput,
} from "./schema";
import { scoreItem } from "./score-item";

/** Parsed items of a JSONL file, with the line numbers and schema issue paths (never the content) of bad lines. */
export function parseHeldout(text: string): { items: HeldoutItem[]; errors: { line: number; error: string }[] } {
  const items: HeldoutItem[] = [];
  const errors: { line: number; error: string }[] = [];
  // The shared line reader (BOM, CRLF and CR-only accepted) and the one NUL / lone-surrogate rule.
  for (const { line, text: raw } of textLines(text)) {
    if (!raw.trim()) continue;
    let json: unknown;
    try {
      json = storableValue(JSON.parse(raw));
    } catch {
      errors.push({ line, error: "not JSON" });
      continue;
    }
    const r = ItemSchema.safeParse(json);
    if (r.success) items.push(r.data);
    else errors.push({ line, error: r.error.issues.map((x) => `${x.path.join(".")}: ${x.code}`).join("; ") });
  }
  return { items, errors };
}

/** Runs every item through the offline bot (its own temp SQLite store, tracing off) and scores it. */
export async function runHeldout(items: HeldoutItem[]): Promise<ItemResult[]> {
  const dir = mkdtempSync(join(tmpdir(), "heldout-"));
  const runtime = createRuntime({
    databasePath: join(dir, "heldout.db"),
    tracing: false,
    env: { LLM_PROVIDER: "offline" },
  });
  const serviceNames = Object.fromEntries(handbook.services.map((s) => [s.id, s.name]));
  const results: ItemResult[] = [];
  try {
    for (const item of items) {
      const outs: TurnOutput[] = [];
      const bookings: StoredBooking[] = [];
      let conversationId: string | undefined;
      for (const t of item.turns) {
        const r = await runtime.runTurn({
          conversationId,
          message: t.user,
          now: item.now,
          source: "eval",
          scenarioId: item.id,
        });
        if (!r.ok) {
          outs.push({ reply: `[${r.error.code}] ${r.error.message}`, state: "error", expecting: null });
          continue;
        }
        conversationId = r.turn.conversationId;
        outs.push({ reply: r.turn.reply, state: r.turn.state, expecting: r.turn.expecting, draft: r.turn.draft });
        for (const p of r.turn.decision?.parts ?? []) {
          if (p.kind === "booked") bookings.push({ ...p.booking, status: "booked" });
          if (p.kind === "booking_cancelled" && !p.lateNotice)
            for (const b of bookings)
              if (b.date === p.booking.date && b.time === p.booking.time) b.status = "cancelled";
        }
      }
      results.push(scoreItem(item, outs, bookings, serviceNames));
    }
  } finally {
    await runtime.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

/** Pass counts per category and overall. */
export function summarize(results: ItemResult[]): { category: string; pass: number; n: number }[] {
  const by = new Map<string, { pass: number; n: number }>();
  for (const r of results) {
    const c = by.get(r.category) ?? { pass: 0, n: 0 };
    c.n += 1;
    if (r.pass) c.pass += 1;
    by.set(r.category, c);
  }
  const rows = [...by.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([category, c]) => ({ category, ...c }));
  const all = rows.reduce((t, r) => ({ pass: t.pass + r.pass, n: t.n + r.n }), { pass: 0, n: 0 });
  return [...rows, { category: "ALL", ...all }];
}

/** The summary as a plain-text table. */
export function formatSummary(rows: ReturnType<typeof summarize>): string {
  return rows
    .map(
      (r) =>
        `${r.category.padEnd(28)} ${String(r.pass).padStart(4)}/${String(r.n).padEnd(4)} ${r.n ? ((100 * r.pass) / r.n).toFixed(1) : "-"}%`,
    )
    .join("\n");
}

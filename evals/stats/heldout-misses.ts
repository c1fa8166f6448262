import type { HeldoutItem, Scored } from "./heldout-figures";

/** One item a scorer got wrong (or right for the wrong reason): what the label says and what the checks said. */
export interface HeldoutMiss {
  id: string;
  kind: "false-fail" | "missed-fail" | "wrong-reason" | "uncertain";
  label: string;
  scored: string;
}

const key = (f: { mode: string; turn: number; evaluator?: string }) =>
  `${f.mode}${f.evaluator ? `:${f.evaluator}` : ""}@${f.turn}`;

/** Per-item misses of a scorer on a labelled DEV set (never run it on a blind set: it prints items). */
export function heldoutMisses(
  items: readonly HeldoutItem[],
  scored: readonly (Scored & { failures: readonly { mode: string; turn: number; evaluator?: string }[] })[],
): HeldoutMiss[] {
  const out: HeldoutMiss[] = [];
  items.forEach((item, i) => {
    const s = scored[i] ?? { failures: [] };
    const label = item.label.pass ? "pass" : `${item.label.modes.join("+")}@${item.label.firstFailTurn ?? "?"}`;
    const said = s.failures.map(key).join(" ") || "pass";
    const unsure = Array.isArray(s.uncertain) && s.uncertain.length > 0;
    const predictedPass = s.failures.length === 0;
    let kind: HeldoutMiss["kind"] | undefined;
    if (item.label.pass && !predictedPass) kind = "false-fail";
    else if (!item.label.pass && predictedPass) kind = "missed-fail";
    else if (!item.label.pass) {
      const first = Math.min(...s.failures.map((f) => f.turn));
      const turnOk = item.label.firstFailTurn === undefined || item.label.firstFailTurn === first;
      const modeOk = s.failures.some((f) => f.turn === first && item.label.modes.includes(f.mode as never));
      if (!(turnOk && modeOk)) kind = "wrong-reason";
    }
    if (!kind && unsure) kind = "uncertain";
    if (kind) out.push({ id: item.id, kind, label, scored: unsure ? `${said} (uncertain)` : said });
  });
  return out;
}

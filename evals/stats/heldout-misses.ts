import type { HeldoutItem, Scored } from "./heldout-figures";

/**
 * One item a scorer got wrong, right for the wrong reason, or abstained on: what the label says and what the checks
 * said. `uncertain` = no check failed and one abstained (neither a pass nor a catch in the figures); a check that
 * abstained beside one that failed leaves the item decided, so it is listed as `caught+abstained` (right answer) or
 * under its miss, with the abstentions after "also abstained".
 */
export interface HeldoutMiss {
  id: string;
  kind: "false-fail" | "missed-fail" | "wrong-reason" | "uncertain" | "caught+abstained";
  label: string;
  scored: string;
}

type Said = { mode: string; turn?: number; evaluator?: string };

const key = (f: Said) => `${f.mode}${f.evaluator ? `:${f.evaluator}` : ""}${f.turn === undefined ? "" : `@${f.turn}`}`;

/** Per-item misses of a scorer on a labelled DEV set (never run it on a blind set: it prints items). */
export function heldoutMisses(
  items: readonly HeldoutItem[],
  scored: readonly (Omit<Scored, "uncertain"> & {
    failures: readonly { mode: string; turn: number; evaluator?: string }[];
    uncertain?: Scored["uncertain"] | readonly Said[];
  })[],
): HeldoutMiss[] {
  const out: HeldoutMiss[] = [];
  items.forEach((item, i) => {
    const s = scored[i] ?? { failures: [] };
    const label = item.label.pass ? "pass" : `${item.label.modes.join("+")}@${item.label.firstFailTurn ?? "?"}`;
    const abstained: readonly Said[] = Array.isArray(s.uncertain) ? s.uncertain : [];
    const unsure = abstained.length > 0 || s.uncertain === true;
    const abstainedText = abstained.length ? abstained.map(key).join(" ") : "some check";
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
    if (predictedPass && unsure) {
      // Nothing failed and a check abstained: the item is uncertain, whatever its label.
      out.push({ id: item.id, kind: "uncertain", label, scored: `abstained ${abstainedText}` });
      return;
    }
    if (!kind && unsure) kind = "caught+abstained";
    if (!kind) return;
    const said = s.failures.map(key).join(" ") || "pass";
    out.push({ id: item.id, kind, label, scored: unsure ? `${said}; also abstained ${abstainedText}` : said });
  });
  return out;
}

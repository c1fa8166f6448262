import { r3 } from "./stats";

/** One printed figure: its value, unit, and (when it has one) its target, `max` (≤) or `min` (≥). */
export interface Figure {
  section: string;
  label: string;
  value: number;
  unit: string;
  target?: { max: number } | { min: number };
}

/** value / target, and whether the target is met (≤ for `max`, ≥ for `min`). */
export function versus(f: Figure): { ratio: number; met: boolean } | null {
  if (!f.target) return null;
  if ("max" in f.target) return { ratio: f.value / f.target.max, met: f.value <= f.target.max };
  return { ratio: f.value / f.target.min, met: f.value >= f.target.min };
}

const fmt = (x: number) => (Number.isFinite(x) ? (Math.abs(x) >= 100 ? x.toFixed(0) : String(r3(x))) : String(x));

/** The human-readable table: figure, value, target, value/target, met or missed; a line per section heading. */
export function renderTable(figures: Figure[], header: string[]): string {
  const lines = [...header, ""];
  let section = "";
  for (const f of figures) {
    if (f.section !== section) {
      section = f.section;
      lines.push(section);
    }
    const v = versus(f);
    const target = f.target ? ("max" in f.target ? `≤ ${f.target.max}` : `≥ ${f.target.min}`) : "";
    const verdict = v ? `${fmt(v.ratio).padStart(7)}× target  ${v.met ? "met" : "MISSED"}` : "";
    lines.push(
      `  ${f.label.padEnd(52)} ${fmt(f.value).padStart(10)} ${f.unit.padEnd(7)} ${target.padEnd(8)} ${verdict}`,
    );
  }
  const missed = figures.filter((f) => versus(f)?.met === false).map((f) => f.label.trim());
  lines.push("", missed.length ? `Targets missed (${missed.length}): ${missed.join("; ")}` : "All targets met.");
  return `${lines.join("\n")}\n`;
}

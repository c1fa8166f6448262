import { parseJsonl } from "../run/index";
import { type FailureMode, LabelledTranscript } from "../schema";

/** The committed hand-labelled set (relative to the repository root). */
export const HANDWRITTEN_PATH = "evals/labelled/handwritten.jsonl";

/** Parses a labelled JSONL file; any bad line is an error (a labelled set must be clean to measure against). */
export function parseLabelledSet(text: string): LabelledTranscript[] {
  const lines = parseJsonl(text, LabelledTranscript);
  const bad = lines.filter((l) => !l.ok);
  if (bad.length)
    throw new Error(
      `labelled set has ${bad.length} bad line(s): ${bad.map((b) => `line ${b.line}: ${b.ok ? "" : b.error}`).join("; ")}`,
    );
  const items = lines.flatMap((l) => (l.ok ? [l.value] : []));
  const ids = new Set<string>();
  for (const item of items) {
    if (ids.has(item.id)) throw new Error(`labelled set repeats id ${item.id}`);
    ids.add(item.id);
  }
  return items;
}

/** The human verdict for one failure mode (pass unless the label names the mode), or overall when mode is "any". */
export function humanPasses(item: LabelledTranscript, mode: FailureMode | "any"): boolean {
  return mode === "any" ? item.label.pass : !item.label.modes.includes(mode);
}

import { readFileSync } from "node:fs";
import type { LabelledTranscript } from "../schema";
import { HANDWRITTEN_PATH, parseLabelledSet } from "./labelled-set";

/**
 * Reads and parses a labelled JSONL file; by default the committed hand-labelled set, relative to the working
 * directory (the repository root for the CLI and the app). Throws when the file is missing or has a bad line.
 */
export function readLabelledSet(path: string = HANDWRITTEN_PATH): LabelledTranscript[] {
  return parseLabelledSet(readFileSync(path, "utf8"));
}

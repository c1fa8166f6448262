import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** One message of the repo's sets with the reference time it was written against (null: the set gives none). */
export interface CorpusText {
  text: string;
  now: string | null;
  file: string;
}

/** Folders whose JSON and JSONL files hold customer and assistant messages (labelled, understanding, held-out, corpus). */
export const CORPUS_DIRS = [
  "evals/labelled",
  "evals/understanding",
  "chatbot/heldout",
  "chatbot/understanding/corpus",
  "synthetic/datasets",
];
/** Keys whose string values are messages. */
const MESSAGE_KEYS = new Set(["user", "bot", "content", "query", "text", "message"]);

function walk(value: unknown, now: string | null, out: (text: string, now: string | null) => void, key = ""): void {
  if (typeof value === "string") {
    if (MESSAGE_KEYS.has(key)) out(value, now);
    return;
  }
  if (Array.isArray(value)) {
    // A corpus row: [text, label, …].
    if (typeof value[0] === "string" && value.length <= 4 && value[0].includes(" ")) out(value[0], now);
    for (const v of value) walk(v, now, out, key);
    return;
  }
  if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    const here = typeof o.now === "string" ? o.now : now;
    for (const [k, v] of Object.entries(o)) walk(v, here, out, k);
  }
}

/**
 * Every message of the committed sets under `root` (a blind set is committed only after its one run), each once
 * per reference time.
 */
export function corpusTexts(root: string): CorpusText[] {
  const seen = new Set<string>();
  const out: CorpusText[] = [];
  for (const dir of CORPUS_DIRS)
    for (const name of readdirSync(join(root, dir)).sort()) {
      if (!/\.jsonl?$/.test(name)) continue;
      const file = join(dir, name);
      const raw = readFileSync(join(root, file), "utf8");
      const docs = name.endsWith(".jsonl") ? raw.split("\n").filter((l) => l.trim()) : [raw];
      for (const doc of docs)
        walk(JSON.parse(doc), null, (text, now) => {
          const key = `${now}|${text}`;
          if (seen.has(key)) return;
          seen.add(key);
          out.push({ text, now, file });
        });
    }
  return out;
}

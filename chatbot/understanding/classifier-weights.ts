import { z } from "zod";
import type { TextClassifier } from "./classifier";
import { features } from "./features";

/** A trained classifier's parameters: feature `i` of `vocab` has weight `weights[i * labels.length + l]` for label `l`. */
export interface ClassifierWeights {
  labels: string[];
  vocab: string[];
  bias: number[];
  weights: Float32Array;
}

/** The stored form of `ClassifierWeights` (the weights as little-endian float32, base64). */
export const StoredWeights = z
  .object({
    labels: z.array(z.string()).min(1),
    vocab: z.array(z.string()),
    bias: z.array(z.number()),
    weights: z.string(),
  })
  .refine((x) => x.bias.length === x.labels.length, { message: "one bias per label" });
export type StoredWeights = z.infer<typeof StoredWeights>;

/** Weights as JSON-safe data (float32 values are kept exactly). */
export function storeWeights(w: ClassifierWeights): StoredWeights {
  const bytes = new Uint8Array(w.weights.buffer, w.weights.byteOffset, w.weights.byteLength);
  return { labels: w.labels, vocab: w.vocab, bias: w.bias, weights: Buffer.from(bytes).toString("base64") };
}

/** Parses stored weights; a malformed artifact is an error value, not a crash. */
export function readWeights(data: unknown): { ok: true; weights: ClassifierWeights } | { ok: false; error: string } {
  const r = StoredWeights.safeParse(data);
  if (!r.success)
    return { ok: false, error: r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") };
  const bytes = Buffer.from(r.data.weights, "base64");
  const expected = r.data.vocab.length * r.data.labels.length;
  if (bytes.byteLength !== expected * 4)
    return { ok: false, error: `weights: ${bytes.byteLength / 4} values for ${expected} (vocab × labels)` };
  // Copied into an aligned buffer (a Buffer slice may start at any byte offset).
  const weights = new Float32Array(expected);
  new Uint8Array(weights.buffer).set(bytes);
  return { ok: true, weights: { labels: r.data.labels, vocab: r.data.vocab, bias: r.data.bias, weights } };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));

/** The classifier these weights define: one-vs-rest logistic regression over `features(text)`. Never throws. */
export function classifierFromWeights(p: ClassifierWeights): TextClassifier {
  const vocab = new Map(p.vocab.map((f, i) => [f, i]));
  const { labels, bias, weights: w } = p;
  const L = labels.length;
  // One message is scored several times a turn (whole, by clause, by another reader): the scores of a text are remembered
  // (bounded; frozen, so no caller alters another's).
  const memo = new Map<string, Record<string, number>>();
  const score = (text: string) => {
    const feats = features(text);
    const idx = feats.flatMap((f) => {
      const i = vocab.get(f);
      return i === undefined ? [] : [i];
    });
    // Scaled by the known features only, so junk around a question ("<script>… what are your hours?") does not drown it.
    const scale = 1 / Math.sqrt(Math.max(1, idx.length));
    const out: Record<string, number> = {};
    labels.forEach((label, l) => {
      let z = bias[l]!;
      for (const f of idx) z += w[f * L + l]! * scale;
      out[label] = sigmoid(z);
    });
    return Object.freeze(out);
  };
  return {
    labels,
    scores(input: string) {
      const text = typeof input === "string" ? input : "";
      let out = memo.get(text);
      if (!out) {
        if (memo.size >= 2000) memo.clear();
        out = score(text);
        memo.set(text, out);
      }
      return out;
    },
  };
}

import type { GroupSuggestion, NoteForGrouping } from "./group-suggestion";
import { noteTerms, noteTokens } from "./note-tokens";
import type { FailureModeDef } from "./schema";

type Vector = Map<string, number>;

/** Notes in one cluster must be at least this similar (cosine of TF-IDF vectors, average link). */
const CLUSTER_SIMILARITY = 0.2;
/** A cluster goes to an existing mode when its centroid is at least this similar to the mode's name + definition. */
const MODE_SIMILARITY = 0.12;
/** A lone note needs a closer match before it is proposed for a mode. */
const SINGLE_NOTE_MODE_SIMILARITY = 0.3;

/**
 * Offline "suggest groups" (pure, deterministic): TF-IDF vectors of the notes, average-link agglomerative clustering
 * by cosine similarity, then each cluster is proposed for the closest existing mode or, failing that and when it holds
 * two or more notes, as a new mode named after its top terms.
 */
export function suggestGroups(notes: readonly NoteForGrouping[], modes: readonly FailureModeDef[]): GroupSuggestion[] {
  const docs = notes
    .map((n) => ({ traceId: n.traceId, tokens: noteTokens(n.note) }))
    .filter((d) => d.tokens.length > 0);
  if (docs.length === 0) return [];
  const words = new Map<string, string>();
  for (const n of notes) for (const t of noteTerms(n.note)) if (!words.has(t.stem)) words.set(t.stem, t.word);
  const modeDocs = modes.map((m) => noteTokens(`${m.name.replace(/_/g, " ")} ${m.definition}`));
  const idf = inverseDocumentFrequency([...docs.map((d) => d.tokens), ...modeDocs]);
  const vectors = docs.map((d) => tfidf(d.tokens, idf));
  const modeVectors = modeDocs.map((tokens) => tfidf(tokens, idf));

  const suggestions: GroupSuggestion[] = [];
  for (const cluster of agglomerate(vectors, CLUSTER_SIMILARITY)) {
    const traceIds = cluster.map((i) => docs[i]!.traceId);
    const center = centroid(cluster.map((i) => vectors[i]!));
    const terms = topTerms(center, 3).map((t) => words.get(t) ?? t);
    const best = modeVectors
      .map((v, i) => ({ mode: modes[i]!, score: cosine(center, v) }))
      .sort((a, b) => b.score - a.score)[0];
    const key = `${traceIds[0]}:${traceIds.length}`;
    const needed = cluster.length > 1 ? MODE_SIMILARITY : SINGLE_NOTE_MODE_SIMILARITY;
    if (best && best.score >= needed) {
      suggestions.push({
        id: `offline-assign-${best.mode.id}-${key}`,
        kind: "assign",
        modeId: best.mode.id,
        traceIds,
        reason: `Notes mention ${terms.join(", ")}, like the definition of ${best.mode.name}.`,
      });
    } else if (cluster.length >= 2) {
      suggestions.push({
        id: `offline-new-${key}`,
        kind: "new_mode",
        name: terms.join("_"),
        definition: `Notes about ${terms.join(", ")}.`,
        traceIds,
        reason: `${cluster.length} notes share the words ${terms.join(", ")}.`,
      });
    }
  }
  return suggestions.sort((a, b) => b.traceIds.length - a.traceIds.length || (a.id < b.id ? -1 : 1));
}

function inverseDocumentFrequency(docs: readonly string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  return new Map([...df].map(([t, n]) => [t, Math.log((1 + docs.length) / (1 + n)) + 1]));
}

function tfidf(tokens: readonly string[], idf: ReadonlyMap<string, number>): Vector {
  const v: Vector = new Map();
  for (const t of tokens) v.set(t, (v.get(t) ?? 0) + (idf.get(t) ?? 1));
  return normalise(v);
}

function normalise(v: Vector): Vector {
  const norm = Math.sqrt([...v.values()].reduce((n, x) => n + x * x, 0));
  return norm === 0 ? v : new Map([...v].map(([t, x]) => [t, x / norm]));
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  for (const [t, x] of a) dot += x * (b.get(t) ?? 0);
  return dot;
}

function centroid(vs: readonly Vector[]): Vector {
  const sum: Vector = new Map();
  for (const v of vs) for (const [t, x] of v) sum.set(t, (sum.get(t) ?? 0) + x);
  return normalise(sum);
}

function topTerms(v: Vector, n: number): string[] {
  return [...v]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([t]) => t);
}

/** Average-link agglomerative clustering: merge the most similar pair of clusters until none reaches `threshold`. */
export function agglomerate(vectors: readonly Vector[], threshold: number): number[][] {
  const sim = vectors.map((a) => vectors.map((b) => cosine(a, b)));
  let clusters = vectors.map((_, i) => [i]);
  for (;;) {
    let best = { score: threshold, a: -1, b: -1 };
    for (let a = 0; a < clusters.length; a++)
      for (let b = a + 1; b < clusters.length; b++) {
        const A = clusters[a]!;
        const B = clusters[b]!;
        let total = 0;
        for (const i of A) for (const j of B) total += sim[i]![j]!;
        const score = total / (A.length * B.length);
        if (score >= best.score + 1e-12 || (best.a < 0 && score >= threshold)) best = { score, a, b };
      }
    if (best.a < 0) return clusters;
    const merged = [...clusters[best.a]!, ...clusters[best.b]!].sort((x, y) => x - y);
    clusters = clusters.filter((_, i) => i !== best.a && i !== best.b);
    clusters.push(merged);
    clusters.sort((x, y) => x[0]! - y[0]!);
  }
}

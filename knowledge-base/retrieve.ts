import type { Section } from "./sections";

const STOP = new Set(
  "a an and are at be can do does for from how i in is it me my of on or our the to we what when where which who will with you your".split(
    " ",
  ),
);

const SYNONYMS: Record<string, string> = {
  much: "price",
  cost: "price",
  charge: "price",
  pricing: "price",
  fee: "price",
  open: "hour",
  close: "hour",
  closing: "hour",
  opening: "hour",
  time: "hour",
  ebike: "bike",
  electric: "e",
  busy: "busiest",
  quiet: "quietest",
  rush: "busiest",
  cancel: "cancellation",
  refund: "refundable",
};

/** Lower-cases, strips punctuation and stop words, and crudely stems plurals. */
export function tokenize(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? [])
    .filter((t) => !STOP.has(t))
    .map((t) => (t.length > 4 && t.endsWith("s") ? t.slice(0, -1) : t))
    .map((t) => SYNONYMS[t] ?? t);
}

/** A BM25 index over handbook sections (titles weighted twice). */
export interface SectionIndex {
  search(query: string, k?: number): { section: Section; score: number }[];
}

/** Builds a BM25 index (k1 = 1.2, b = 0.75) over the given sections. */
export function buildSectionIndex(sections: Section[]): SectionIndex {
  const docs = sections.map((s) => tokenize(`${s.title} ${s.title} ${s.body.replace(/\[[^\]]*\]/g, " ")}`));
  const avgLen = docs.reduce((n, d) => n + d.length, 0) / Math.max(docs.length, 1);
  const df = new Map<string, number>();
  const tfs = docs.map((d) => {
    const tf = new Map<string, number>();
    for (const t of d) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    return tf;
  });
  const N = docs.length;
  const idf = (t: string) => {
    const n = df.get(t) ?? 0;
    return Math.log(1 + (N - n + 0.5) / (n + 0.5));
  };
  return {
    search(query, k = 3) {
      const q = [...new Set(tokenize(query))];
      return sections
        .map((section, i) => {
          const tf = tfs[i] ?? new Map<string, number>();
          const len = docs[i]?.length ?? 0;
          let score = 0;
          for (const t of q) {
            const f = tf.get(t) ?? 0;
            if (f === 0) continue;
            score += (idf(t) * (f * 2.2)) / (f + 1.2 * (1 - 0.75 + (0.75 * len) / avgLen));
          }
          return { section, score };
        })
        .filter((r) => r.score > 0)
        .sort((a, b) => b.score - a.score)
        .slice(0, k);
    },
  };
}

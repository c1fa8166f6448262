import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { allFacts } from "./all-facts";
import { handbook } from "./facts";
import { buildSectionIndex, type SectionIndex } from "./retrieve";
import type { Fact, Handbook } from "./schema";
import { parseSections, type Section } from "./sections";

/** The loaded handbook: structured facts, prose sections, a search index and a content-hash version. */
export interface KnowledgeBase {
  handbook: Handbook;
  facts: Fact[];
  factById: Map<string, Fact>;
  prose: string;
  sections: Section[];
  index: SectionIndex;
  /** sha256 over prose + structured facts, first 12 hex chars; every trace records it. */
  version: string;
}

let cached: KnowledgeBase | null = null;

/** Reads `handbook.md` once (lazily, never at import time) and builds the knowledge base. */
export function loadKnowledgeBase(): KnowledgeBase {
  if (cached) return cached;
  // import.meta.url is the real source path in every Next.js layer; `new URL("./x.md", import.meta.url)` is not
  // (Turbopack rewrites it into a static asset URL in pages).
  const prose = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "handbook.md"), "utf8");
  cached = buildKnowledgeBase(handbook, prose);
  return cached;
}

/** Builds a knowledge base from explicit inputs (pure; used by tests and by `loadKnowledgeBase`). */
export function buildKnowledgeBase(h: Handbook, prose: string): KnowledgeBase {
  const facts = allFacts(h);
  const sections = parseSections(prose);
  const version = createHash("sha256").update(prose).update(JSON.stringify(h)).digest("hex").slice(0, 12);
  return {
    handbook: h,
    facts,
    factById: new Map(facts.map((f) => [f.id, f])),
    prose,
    sections,
    index: buildSectionIndex(sections),
    version,
  };
}

/** The facts cited by the handbook sections most relevant to a message (BM25, top k sections). */
export function relevantFacts(kb: KnowledgeBase, message: string, k = 2): Fact[] {
  const ids = kb.index.search(message, k).flatMap((r) => r.section.factIds);
  return [...new Set(ids)].flatMap((id) => kb.factById.get(id) ?? []);
}

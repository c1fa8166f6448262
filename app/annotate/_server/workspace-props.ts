import "server-only";
import type { TraceReview } from "../../../evals/annotation/index";
import { getRuntime } from "../../_server/runtime";

/** The handbook facts (the runtime's loaded handbook) for the side panel, with a title for each fact section (from the prose section that cites it). */
export function handbookProps(): {
  facts: { id: string; section: string; text: string }[];
  sectionTitles: Record<string, string>;
} {
  const { kb } = getRuntime().deps;
  const sectionTitles: Record<string, string> = {};
  for (const f of kb.facts) {
    if (sectionTitles[f.section]) continue;
    const prose = kb.sections.find((s) => s.factIds.includes(f.id));
    sectionTitles[f.section] = prose?.title ?? f.section;
  }
  return { facts: kb.facts.map(({ id, section, text }) => ({ id, section, text })), sectionTitles };
}

/** A stand-in for a queued trace that no longer exists, so the queue can still move past it. */
export function missingReview(id: string): TraceReview {
  return {
    conversation: { id, source: "ui", model: "—", createdAt: "", turnCount: 0, finalState: null, scenarioId: null },
    attributes: {},
    turns: [],
    label: null,
    history: [],
    modes: [],
    verdicts: null,
    verdictsAvailable: false,
  };
}

import { type TraceStore, toExportLine } from "../../traces/index";
import type { HumanLabels } from "../annotation/index";
import { FAILURE_MODES, type LabelledTranscript, type Transcript } from "../schema";

/**
 * A human-labelled example for any failure mode, seed or made on the axial board: the transcript, its scenario group
 * (for the split), the overall verdict and every mode id it carries. `source` says which modes it was coded for: the
 * hand-written set only knows the seed modes; a trace labelled in the annotation screens was coded for all of them.
 */
export interface ModeExample {
  id: string;
  scenario: string;
  transcript: Transcript;
  pass: boolean;
  modes: string[];
  firstFailTurn: number | null;
  note: string;
  source: "handwritten" | "annotated";
}

/** The hand-written labelled set as mode examples (coded for the seed modes only). */
export function handwrittenExamples(items: readonly LabelledTranscript[]): ModeExample[] {
  return items.map((i) => ({
    id: i.id,
    scenario: i.scenario,
    transcript: { id: i.id, now: i.now, messages: i.messages },
    pass: i.label.pass,
    modes: [...i.label.modes],
    firstFailTurn: i.label.firstFailTurn ?? null,
    note: i.label.note,
    source: "handwritten",
  }));
}

/** The traces labelled pass/fail in the annotation screens, with every taxonomy mode they carry; missing traces skipped. */
export function annotatedExamples(
  labels: HumanLabels,
  store: Pick<TraceStore, "getConversation" | "getTurns">,
): ModeExample[] {
  const out: ModeExample[] = [];
  for (const l of labels.labels) {
    const conversation = store.getConversation(l.traceId);
    if (!conversation) continue;
    const line = toExportLine(conversation, store.getTurns(l.traceId));
    out.push({
      id: line.id,
      scenario: conversation.scenarioId ?? l.traceId,
      transcript: { id: line.id, now: line.now, messages: line.messages },
      pass: l.pass,
      modes: Object.entries(l.modes).flatMap(([id, on]) => (on ? [id] : [])),
      firstFailTurn: l.firstFailTurn,
      note: l.note,
      source: "annotated",
    });
  }
  return out;
}

/** Hand-written items first, then annotated traces not already in the set (the union `pnpm eval align` measures on). */
export function mergeExamples(handwritten: readonly ModeExample[], annotated: readonly ModeExample[]): ModeExample[] {
  const known = new Set(handwritten.map((e) => e.id));
  return [...handwritten, ...annotated.filter((e) => !known.has(e.id))];
}

/** The examples that were coded for `modeId`: every one for a seed mode, only annotated traces for any other mode. */
export function codedFor(modeId: string, examples: readonly ModeExample[]): ModeExample[] {
  const seed = (FAILURE_MODES as readonly string[]).includes(modeId);
  return seed ? [...examples] : examples.filter((e) => e.source === "annotated");
}

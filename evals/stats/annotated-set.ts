import { type TraceStore, toExportLine } from "../../traces/index";
import type { HumanLabels } from "../annotation/index";
import { FailureMode, type LabelledTranscript } from "../schema";

/**
 * The traces people labelled in the annotation screens, as labelled transcripts for alignment: the transcript in the
 * `pnpm traces export` shape, grouped by scenario (or by trace when it has none), with the modes the axial coding
 * assigned. Labels whose trace is not in the store are skipped.
 */
export function annotatedTranscripts(
  labels: HumanLabels,
  store: Pick<TraceStore, "getConversation" | "getTurns">,
): LabelledTranscript[] {
  const out: LabelledTranscript[] = [];
  for (const l of labels.labels) {
    const conversation = store.getConversation(l.traceId);
    if (!conversation) continue;
    const line = toExportLine(conversation, store.getTurns(l.traceId));
    const modes = Object.entries(l.modes)
      .filter(([, on]) => on)
      .flatMap(([id]) => (FailureMode.safeParse(id).success ? [id as FailureMode] : []));
    out.push({
      id: line.id,
      now: line.now,
      messages: line.messages,
      scenario: conversation.scenarioId ?? l.traceId,
      label: { pass: l.pass, modes, ...(l.firstFailTurn ? { firstFailTurn: l.firstFailTurn } : {}), note: l.note },
    });
  }
  return out;
}

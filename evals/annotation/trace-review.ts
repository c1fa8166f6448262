import { z } from "zod";
import type { Conversation, TurnRecord } from "../../traces/index";
import type { AnnotationDeps } from "./deps";
import type { CurrentLabel, EvaluatorVerdict, LabelEvent } from "./schema";
import { modesOf } from "./taxonomy";
import { traceAttributes } from "./trace-attributes";

/** One decision part, summarised for the reviewer ("ask · date", "invalid_slot · time 7pm: closed"). */
export interface ReviewDecisionPart {
  kind: string;
  detail: string;
}

/** One turn as the annotation screen shows it. */
export interface ReviewTurn {
  index: number;
  now: string;
  user: string;
  assistant: string;
  stateBefore: string;
  stateAfter: string;
  intent: string | null;
  topics: string[];
  decision: ReviewDecisionPart[];
  factIds: string[];
  latencyMs: number;
  error: string | null;
}

/** Everything the open-coding screen needs about one trace (evaluator verdicts only in triage mode). */
export interface TraceReview {
  conversation: Pick<Conversation, "id" | "source" | "model" | "createdAt" | "turnCount" | "finalState" | "scenarioId">;
  attributes: Record<string, string>;
  turns: ReviewTurn[];
  label: CurrentLabel | null;
  history: LabelEvent[];
  modes: string[];
  /** null in blind mode or when no verdict table exists; see `verdictsAvailable`. */
  verdicts: EvaluatorVerdict[] | null;
  verdictsAvailable: boolean;
}

/** The review view of a trace, or null when no such conversation exists. */
export function traceReview(deps: AnnotationDeps, traceId: string, options: { triage: boolean }): TraceReview | null {
  const c = deps.traces.getConversation(traceId);
  if (!c) return null;
  const verdicts = options.triage ? deps.labels.verdicts(traceId) : null;
  return {
    conversation: {
      id: c.id,
      source: c.source,
      model: c.model,
      createdAt: c.createdAt,
      turnCount: c.turnCount,
      finalState: c.finalState,
      scenarioId: c.scenarioId,
    },
    attributes: traceAttributes(c),
    turns: deps.traces.getTurns(traceId).map(reviewTurn),
    label: deps.labels.labelOf(traceId),
    history: deps.labels.labelHistory(traceId),
    modes: modesOf(deps.labels.taxonomy().taxonomy, traceId),
    verdicts,
    verdictsAvailable: options.triage ? verdicts !== null : false,
  };
}

const Understanding = z.looseObject({ intent: z.string().optional(), topics: z.array(z.string()).optional() });
const Part = z.looseObject({ kind: z.string() });
const Decision = z.looseObject({ parts: z.array(Part) });

/** A persisted turn reduced to what a reviewer reads (spans and snapshots stay on the trace page). */
export function reviewTurn(t: TurnRecord): ReviewTurn {
  const u = Understanding.safeParse(t.understanding);
  const d = Decision.safeParse(t.decision);
  return {
    index: t.index,
    now: t.now,
    user: t.user,
    assistant: t.assistant,
    stateBefore: t.stateBefore,
    stateAfter: t.stateAfter,
    intent: u.success ? (u.data.intent ?? null) : null,
    topics: u.success ? (u.data.topics ?? []) : [],
    decision: d.success ? d.data.parts.map(describePart) : [],
    factIds: t.factIds,
    latencyMs: t.latencyMs,
    error: t.error,
  };
}

function describePart(part: z.infer<typeof Part>): ReviewDecisionPart {
  const p = part as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === "string" ? v : Array.isArray(v) ? v.map(String).join(", ") : "");
  switch (part.kind) {
    case "ask":
      return { kind: "ask", detail: str(p.field) };
    case "answer":
      return { kind: "answer", detail: str(p.topics) };
    case "not_offered":
      return { kind: "not_offered", detail: str(p.ids) };
    case "walk_in_ok":
      return { kind: "walk_in_ok", detail: str(p.service) };
    case "invalid_slot":
      return {
        kind: "invalid_slot",
        detail: [
          `${str(p.field)} “${str(p.requested)}”: ${str(p.reason)}`,
          str(p.alternatives) && `try ${str(p.alternatives)}`,
        ]
          .filter(Boolean)
          .join(" · "),
      };
    case "handoff":
      return { kind: "handoff", detail: str(p.reason) };
    case "error":
      return { kind: "error", detail: str(p.message) };
    default:
      return { kind: part.kind, detail: "" };
  }
}

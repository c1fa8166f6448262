import type { StoredVerdict } from "../../../evals/index";

/** One trace waiting in "Needs review: uncertain": the checks that abstained on it, with their turn and reason. */
export interface UncertainQueueItem {
  conversationId: string;
  runId: string;
  at: string;
  abstentions: { evaluator: string; mode: string; turn: number | null; reason: string | null }[];
}

/**
 * The human review queue of uncertain verdicts (pure): one item per conversation, newest verdict first, without the
 * conversations a human has since labelled pass or fail (a deferred one stays: it is still undecided).
 */
export function uncertainQueue(
  verdicts: readonly StoredVerdict[],
  humanVerdict: (conversationId: string) => string | null | undefined,
  limit = 100,
): UncertainQueueItem[] {
  const items = new Map<string, UncertainQueueItem>();
  for (const v of verdicts) {
    if (v.verdict !== "uncertain") continue;
    const human = humanVerdict(v.conversationId);
    if (human === "pass" || human === "fail") continue;
    const item = items.get(v.conversationId) ?? {
      conversationId: v.conversationId,
      runId: v.runId,
      at: v.createdAt,
      abstentions: [],
    };
    if (item.runId !== v.runId) continue; // an older run's abstention on the same trace: the newest run speaks
    item.abstentions.push({ evaluator: v.evaluator, mode: v.mode, turn: v.turn, reason: v.reason });
    items.set(v.conversationId, item);
  }
  return [...items.values()].slice(0, limit);
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { traceReview } from "../../../../evals/annotation/index";
import { LabelWorkspace } from "../../_components/label-workspace";
import { getAnnotationDeps } from "../../_server/annotation-deps";
import { handbookProps, missingReview } from "../../_server/workspace-props";
import { requireTeamPage } from "../../../_server/team-page";

export const metadata: Metadata = { title: "Open coding" };

/** `/annotate/q/:queueId?at=N`: the open-coding screen on trace N (1-based) of a frozen review queue. */
export default async function QueuePage({
  params,
  searchParams,
}: {
  params: Promise<{ queueId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const { queueId } = await params;
  await requireTeamPage("read", `/annotate/q/${encodeURIComponent(queueId)}`);
  const sp = await searchParams;
  const deps = getAnnotationDeps();
  const queue = deps.labels.getQueue(queueId);
  if (!queue || queue.traceIds.length === 0) notFound();
  const at = Math.min(Math.max(Number.parseInt(String(sp.at ?? "1"), 10) || 1, 1), queue.traceIds.length) - 1;
  const id = queue.traceIds[at]!;
  const labels = deps.labels.currentLabels();
  return (
    <LabelWorkspace
      queue={{ id: queue.id, title: queue.title, traceIds: queue.traceIds }}
      initialPosition={at}
      initialReview={traceReview(deps, id, { triage: false }) ?? missingReview(id)}
      initialVerdicts={Object.fromEntries(queue.traceIds.map((t) => [t, labels.get(t)?.verdict ?? null]))}
      {...handbookProps()}
    />
  );
}

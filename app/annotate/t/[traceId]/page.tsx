import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { traceReview } from "../../../../evals/annotation/index";
import { LabelWorkspace } from "../../_components/label-workspace";
import { getAnnotationDeps } from "../../_server/annotation-deps";
import { handbookProps } from "../../_server/workspace-props";
import { requireTeamPage } from "../../../_server/team-page";

export const metadata: Metadata = { title: "Label a trace" };

/** `/annotate/t/:traceId`: the open-coding screen for one trace opened by id (outside any queue). */
export default async function TracePage({ params }: { params: Promise<{ traceId: string }> }) {
  await connection();
  const { traceId } = await params;
  await requireTeamPage("read", `/annotate/t/${encodeURIComponent(traceId)}`);
  const deps = getAnnotationDeps();
  const review = traceReview(deps, safeDecode(traceId), { triage: false });
  if (!review) notFound();
  return (
    <LabelWorkspace
      queue={null}
      initialPosition={0}
      initialReview={review}
      initialVerdicts={{ [review.conversation.id]: review.label?.verdict ?? null }}
      {...handbookProps()}
    />
  );
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s; // already decoded, or a literal "%"
  }
}

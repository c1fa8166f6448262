import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { UNCERTAIN_RULE } from "../../../evals/index";
import ui from "../../_components/ui.module.css";
import { requireTeamPage } from "../../_server/team-page";
import { UncertainList } from "../_components/uncertain-list";
import { loadUncertainQueue } from "../_server/uncertain-queue";

export const metadata: Metadata = { title: "Needs review: uncertain" };

/**
 * `/annotate/uncertain`: the review queue of traces a code check abstained on (neither pass nor fail), newest first,
 * each with the evaluator, turn and reason; a trace leaves once someone labels it pass or fail.
 */
export default async function UncertainQueuePage() {
  await connection();
  await requireTeamPage("read", "/annotate/uncertain");
  const { items, total } = loadUncertainQueue();
  return (
    <div className={ui.page}>
      <header className={ui.pageHeader}>
        <p className={ui.crumbs}>
          <Link href="/annotate">Annotate</Link> /
        </p>
        <h1>Needs review: uncertain</h1>
        <p className={ui.lede}>
          An evaluator could not tie a value to a subject with confidence, so it neither passed nor failed these traces.
          Label each one (pass or fail, with a note) and it leaves this queue; a deferred trace stays.
        </p>
        <p className={ui.muted} data-testid="uncertain-count">
          {total} trace{total === 1 ? "" : "s"} waiting{total > items.length ? ` (newest ${items.length} shown)` : ""} ·{" "}
          <Link href="/traces?verdict=uncertain&label=unlabelled">open in the trace browser</Link> (filter, save the
          view, or freeze it as a queue) · {UNCERTAIN_RULE}
        </p>
      </header>
      <UncertainList items={items} />
    </div>
  );
}

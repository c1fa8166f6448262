import type { Metadata } from "next";
import { connection } from "next/server";
import { getRuntime } from "../_server/runtime";
import { getVerdictStore } from "../evals/_server/verdict-store";
import { ConversationTable } from "./_components/conversation-table";
import { ListFilters } from "./_components/list-filters";
import { Pagination } from "./_components/pagination";
import { formatResultCount } from "./_lib/format";
import { listHref, PAGE_SIZE, parseListParams, toConversationFilter } from "./_lib/list-params";
import { summarizeVerdicts } from "./_lib/verdict-summary";
import "./traces.css";
import ui from "../_components/ui.module.css";
import { requireTeamPage } from "../_server/team-page";

export const metadata: Metadata = { title: "Traces" };

/** `/traces`: every conversation (ui, cli, synthetic, eval), filtered, sorted and paged through GET parameters. */
export default async function TracesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  await requireTeamPage("read", "/traces");
  const params = parseListParams(await searchParams);
  const { store, kb } = getRuntime().deps;
  const { items, total, totalIsLowerBound } = store.listConversations(toConversationFilter(params));
  // A capped text-search count ("1,000+") leaves the last page unknown: offer "Next" while pages come back full.
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const morePages = totalIsLowerBound && items.length === PAGE_SIZE;
  const verdictStore = getVerdictStore();
  const verdicts = new Map(items.map((c) => [c.id, summarizeVerdicts(verdictStore.verdictsFor(c.id))]));
  const filtered = Boolean(params.source || params.state || params.from || params.to || params.q);
  return (
    <div className={`${ui.page} traces-page`}>
      <header className={ui.pageHeader}>
        <h1>Traces</h1>
        <p className={ui.lede}>
          Every conversation with the assistant, turn by turn: what it understood, what it decided, and why.
        </p>
      </header>
      <ListFilters params={params} />
      <p className="result-count" role="status">
        {formatResultCount({ page: params.page, pageSize: PAGE_SIZE, shown: items.length, total, totalIsLowerBound })}
        {filtered && (
          <>
            {" · "}
            <a
              href={listHref(params, {
                source: undefined,
                state: undefined,
                from: undefined,
                to: undefined,
                q: undefined,
                page: 1,
              })}
            >
              Clear filters
            </a>
          </>
        )}
      </p>
      {items.length > 0 ? (
        <ConversationTable items={items} verdicts={verdicts} timeZone={kb.handbook.shop.timeZone} />
      ) : (
        <div className="empty-state">
          <p>
            {filtered
              ? "No conversations match these filters."
              : "No conversations yet. Start one in the chat and it will show up here."}
          </p>
        </div>
      )}
      {(pages > 1 || morePages) && <Pagination params={params} pages={pages} morePages={morePages} />}
    </div>
  );
}

import type { Metadata } from "next";
import { connection } from "next/server";
import { can } from "../_auth/roles";
import ui from "../_components/ui.module.css";
import { getRuntime } from "../_server/runtime";
import { orStoreUnavailable } from "../_server/store-unavailable";
import { requireTeamPage } from "../_server/team-page";
import { getVerdictStore } from "../evals/_server/verdict-store";
import { ConversationTable } from "./_components/conversation-table";
import { ListActions } from "./_components/list-actions";
import { ListFilters } from "./_components/list-filters";
import { Pagination } from "./_components/pagination";
import { formatResultCount } from "./_lib/format";
import { labelFilterIds } from "./_lib/label-filter";
import {
  clearedFilters,
  isFiltered,
  listHref,
  listQuery,
  PAGE_SIZE,
  parseListParams,
  toConversationFilter,
} from "./_lib/list-params";
import { tc } from "./_lib/tc";
import { summarizeVerdicts } from "./_lib/verdict-summary";
import { listLabels } from "./_server/list-labels";
import { listSavedViews } from "./_server/saved-views";

export const metadata: Metadata = { title: "Traces" };

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * `/traces`: every conversation (ui, cli, synthetic, eval), filtered (human label and modes, evaluator verdict and
 * modes, intent, decision, latency, state, feedback, model, bot, source, text, dates), sorted and paged through GET
 * parameters; a view can be saved (per member, on the server) or turned into a queue.
 * A read-only, full or unopenable database sends the browser to the 503 page instead of a 500.
 */
export default async function TracesPage(props: PageProps) {
  await connection();
  return orStoreUnavailable("/traces", () => TracesList(props));
}

async function TracesList({ searchParams }: PageProps) {
  const member = await requireTeamPage("read", "/traces");
  const params = parseListParams(await searchParams);
  const { store, kb } = getRuntime().deps;
  const { labels, modes } = listLabels();
  const { items, total, totalIsLowerBound } = store.listConversations(
    toConversationFilter(params, labelFilterIds(params, labels)),
  );
  // A capped text-search count ("1,000+") leaves the last page unknown: offer "Next" while pages come back full.
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const morePages = totalIsLowerBound && items.length === PAGE_SIZE;
  const verdictStore = getVerdictStore();
  const verdicts = new Map(items.map((c) => [c.id, summarizeVerdicts(verdictStore.verdictsFor(c.id))]));
  const shownIds = new Set(items.map((c) => c.id));
  const shownLabels = new Map(labels.filter((l) => shownIds.has(l.traceId)).map((l) => [l.traceId, l]));
  const filtered = isFiltered(params);
  return (
    <div className={tc(`${ui.page} traces-page`)}>
      <header className={tc(`${ui.pageHeader} traces-header`)}>
        <h1>Traces</h1>
        <p className={ui.lede}>
          Every conversation with the assistant, turn by turn: what it understood, what it decided, and why.
        </p>
      </header>
      <ListFilters params={params} models={store.distinctModels()} modes={modes} />
      <div className={tc("list-bar")}>
        <p className={tc("result-count")} role="status">
          {formatResultCount({ page: params.page, pageSize: PAGE_SIZE, shown: items.length, total, totalIsLowerBound })}
          {filtered && (
            <>
              {" · "}
              <a href={listHref(params, clearedFilters)}>Clear filters</a>
            </>
          )}
        </p>
        <ListActions
          query={listQuery(params, { page: 1 })}
          views={listSavedViews(member).map((v) => ({ id: v.id, name: v.name, query: v.query }))}
          canQueue={filtered && total > 0 && can(member.role, "label")}
          canLabel={can(member.role, "label")}
        />
      </div>
      {items.length > 0 ? (
        <ConversationTable
          items={items}
          verdicts={verdicts}
          labels={shownLabels}
          modeNames={new Map(modes.map((m) => [m.id, m.name]))}
          params={params}
          timeZone={kb.handbook.shop.timeZone}
        />
      ) : (
        <div className={tc("empty-state")}>
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

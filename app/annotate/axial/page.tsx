import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import {
  ATTRIBUTE_LABELS,
  axialBoard,
  BOARD_PAGE_SIZE,
  countRows,
  paretoCounts,
  pivotCounts,
  SEED_TAXONOMY,
  StratumKey,
  suggestModelFromEnv,
} from "../../../evals/annotation/index";
import ui from "../../_components/ui.module.css";
import { AttributePicker } from "../_components/attribute-picker";
import { AxialBoard } from "../_components/axial-board";
import styles from "../_components/board.module.css";
import { ParetoChart } from "../_components/pareto-chart";
import { PivotTable } from "../_components/pivot-table";
import { getAnnotationDeps } from "../_server/annotation-deps";
import { requireTeamPage } from "../../_server/team-page";

export const metadata: Metadata = { title: "Axial coding" };

const ATTRIBUTES = [...StratumKey.options, "firstFailState"] as const;
type Attribute = (typeof ATTRIBUTES)[number];
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const PICKED_SHOWN = 200;
/** The page's other parameters (one value each), kept when moving between pages of notes. */
const pageParams = (sp: Record<string, string | string[] | undefined>) =>
  Object.fromEntries(
    Object.entries(sp).flatMap(([k, v]) => (k !== "notes" && one(v) !== undefined ? [[k, one(v)!]] : [])),
  );

/**
 * `/annotate/axial[?attr=…&mode=…&value=…]`: the board of failed notes and failure modes, the pareto of failures per
 * mode, the mode × attribute pivot, and the traces behind a clicked bar or cell.
 */
export default async function AxialPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  await requireTeamPage("read", "/annotate/axial");
  const sp = await searchParams;
  const attr: Attribute = ATTRIBUTES.find((a) => a === one(sp.attr)) ?? "source";
  const deps = getAnnotationDeps();
  // `?notes=N`: the board's page of failed notes starts at the N-th (oldest label first); cut in SQL.
  const notesFrom = Math.max(0, Math.trunc(Number(one(sp.notes) ?? 0)) || 0);
  const board = axialBoard(deps, { offset: notesFrom, limit: BOARD_PAGE_SIZE });
  const modes = board.taxonomy.taxonomy.modes;
  const rows = countRows(deps, { states: attr === "firstFailState" });
  const allBars = paretoCounts(rows, modes);
  // Seed modes nobody has used yet can be hidden (`?empty=hide`) from the chart and the board.
  const hideEmpty = one(sp.empty) === "hide";
  const seedIds = new Set(SEED_TAXONOMY.modes.map((m) => m.id));
  const hiddenModes = hideEmpty
    ? allBars.filter((b) => b.count === 0 && seedIds.has(b.modeId)).map((b) => b.modeId)
    : [];
  const bars = allBars.filter((b) => !hiddenModes.includes(b.modeId));
  const pivot = pivotCounts(rows, attr, modes);
  const label = ATTRIBUTE_LABELS[attr];
  const href = (params: Record<string, string>) =>
    `/annotate/axial?${new URLSearchParams({ attr, ...(hideEmpty ? { empty: "hide" } : {}), ...params }).toString()}#traces`;
  const emptyToggle = `/annotate/axial?${new URLSearchParams({ attr, ...(hideEmpty ? {} : { empty: "hide" }) }).toString()}#counts`;

  const pickedMode = one(sp.mode);
  const pickedValue = one(sp.value);
  const picked = pickedMode
    ? rows.filter(
        (r) =>
          !r.pass &&
          (pickedMode === "__none" ? r.modes.length === 0 : r.modes.includes(pickedMode)) &&
          (pickedValue === undefined || (r.attrs[attr] ?? "(none)") === pickedValue),
      )
    : null;
  // The traces behind a bar or cell: at most PICKED_SHOWN listed, with their notes read one by one.
  const pickedShown = picked?.slice(0, PICKED_SHOWN) ?? [];
  const noteOf = new Map(pickedShown.map((r) => [r.traceId, deps.labels.labelOf(r.traceId)?.note ?? ""]));
  const notesHref = (from: number) =>
    `/annotate/axial?${new URLSearchParams({ ...pageParams(sp), notes: String(from) }).toString()}#notes-title`;
  const modeName = (id: string) => (id === "__none" ? "no mode yet" : (modes.find((m) => m.id === id)?.name ?? id));
  const model = suggestModelFromEnv(process.env);

  return (
    <div className={`${ui.page} ${ui.wide}`}>
      <header className={`${ui.pageHeader} ${ui.headerBar}`}>
        <div>
          <p className={ui.crumbs}>
            <Link href="/annotate">Annotate</Link> <span aria-hidden="true">/</span> Axial coding
          </p>
          <h1>Axial coding</h1>
          <p className={ui.lede}>
            Group the notes of failed traces into failure modes, then count them. {board.failed} failed of{" "}
            {board.labelled} labelled traces.
          </p>
        </div>
        <Link className="button button-secondary" href="/annotate">
          ← Open coding
        </Link>
      </header>

      <nav className={ui.muted} aria-label="Pages of notes" data-testid="notes-pager">
        Notes {board.failed === 0 ? 0 : notesFrom + 1}–{Math.min(board.failed, notesFrom + board.notes.length)} of{" "}
        {board.failed.toLocaleString("en-US")}
        {notesFrom > 0 && (
          <>
            {" · "}
            <Link href={notesHref(Math.max(0, notesFrom - BOARD_PAGE_SIZE))}>← Previous</Link>
          </>
        )}
        {notesFrom + BOARD_PAGE_SIZE < board.failed && (
          <>
            {" · "}
            <Link href={notesHref(notesFrom + BOARD_PAGE_SIZE)}>Next →</Link>
          </>
        )}
      </nav>

      <AxialBoard
        notes={board.notes}
        taxonomy={board.taxonomy}
        llmModel={model?.model ?? null}
        hiddenModes={hiddenModes}
      />

      <section id="counts" className={styles.counts} aria-labelledby="counts-title">
        <h2 id="counts-title">Counts</h2>
        <div className={styles.countsGrid}>
          <div className={styles.countCard}>
            <h3>Failures per mode</h3>
            <p className={styles.muted}>
              <Link href={emptyToggle} data-testid="toggle-empty-modes">
                {hideEmpty ? "Show seed modes with no failures" : "Hide seed modes with no failures"}
              </Link>
              {hiddenModes.length > 0 && ` (${hiddenModes.length} hidden)`}
            </p>
            {board.labelled === 0 ? (
              <p className={ui.muted}>No labelled traces yet.</p>
            ) : (
              <ParetoChart bars={bars} hrefFor={(modeId) => href({ mode: modeId })} />
            )}
          </div>
          <div className={styles.countCard}>
            <div className={styles.pivotHead}>
              <h3>By {label.toLowerCase()}</h3>
              <AttributePicker value={attr} options={ATTRIBUTES.map((a) => ({ key: a, label: ATTRIBUTE_LABELS[a] }))} />
            </div>
            <PivotTable
              pivot={pivot}
              attributeLabel={label}
              hrefFor={(modeId, value) => href({ mode: modeId, value })}
            />
            <p className={ui.muted}>
              Rate = failures of the mode ÷ labelled traces with that value
              {attr === "firstFailState" ? " (for states: ÷ labelled traces that reached the state)" : ""}.
            </p>
          </div>
        </div>
        {picked && (
          <div id="traces" className={styles.countCard}>
            <div className={styles.pivotHead}>
              <h3>
                {picked.length} trace{picked.length === 1 ? "" : "s"} · {modeName(pickedMode!)}
                {pickedValue !== undefined && ` · ${label.toLowerCase()} = ${pickedValue}`}
              </h3>
              <Link href={`/annotate/axial?attr=${attr}#counts`}>Clear</Link>
            </div>
            <ul className={styles.traceList}>
              {pickedShown.map((r) => (
                <li key={r.traceId}>
                  <a href={`/annotate/t/${encodeURIComponent(r.traceId)}`}>
                    <code>{r.traceId}</code>
                  </a>
                  <span>{noteOf.get(r.traceId) || "no note"}</span>
                  <a className={ui.muted} href={`/traces/${encodeURIComponent(r.traceId)}`}>
                    trace ↗
                  </a>
                </li>
              ))}
            </ul>
            {picked.length > pickedShown.length && (
              <p className={ui.muted}>
                The first {pickedShown.length.toLocaleString("en-US")} of {picked.length.toLocaleString("en-US")} are
                listed.
              </p>
            )}
          </div>
        )}
      </section>
    </div>
  );
}

import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import type { AnnotationStore, ImportVersion } from "./annotation-store";
import { humanLabels } from "./human-labels";
import { currentLabel, labelStateOf, planUndo, sameLabel } from "./label-events";
import type { LineRecord } from "./label-file";
import { applyAnnotationMigrations } from "./migrations";
import {
  CurrentVerdictRow,
  LabelEventRow,
  QueueRow,
  SavedFilterRow,
  TaxonomyVersionRow,
  VerdictTableRow,
} from "./rows";
import {
  type CurrentLabel,
  type LabelEvent,
  LabelState,
  Queue,
  SavedFilter,
  TaxonomyChange,
  type TaxonomyChangeInput,
  type TaxonomyVersion,
} from "./schema";
import { annotationStatements } from "./statements";
import { applyTaxonomyChange, modesOf, SEED_TAXONOMY } from "./taxonomy";

const VERDICT_TABLES = ["verdicts", "eval_verdicts", "evaluator_verdicts"];
const TRACE_COLUMNS = ["conversation_id", "trace_id", "transcript_id"];

/** Opens the annotation tables in the SQLite file at `path` (WAL, busy timeout; creating them as needed). */
export function openAnnotationStore(path: string): AnnotationStore {
  if (path !== ":memory:" && path !== "") mkdirSync(dirname(resolve(path)), { recursive: true });
  const db = new Database(path);
  try {
    db.pragma("busy_timeout = 5000");
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    applyAnnotationMigrations(db);
  } catch (error) {
    db.close();
    throw new Error(`cannot open annotation store at ${path}: ${(error as Error).message}`, { cause: error });
  }
  const s = annotationStatements(db);
  const events = (traceId: string) => s.eventsOf.all(traceId).map((r) => LabelEventRow.parse(r));
  const insertEvent = (e: Omit<LabelEvent, "seq">) => s.insertEvent.run({ ...e, factIds: JSON.stringify(e.factIds) });
  // The latest version, parsed once: a taxonomy carries every assignment (MBs at 100k labels), so re-reading it on
  // every board view or write would hold the event loop for hundreds of ms. Another process's write bumps the number.
  let cached: TaxonomyVersion | null = null;
  const latestTaxonomy = (): TaxonomyVersion => {
    const latest = (s.latestTaxonomyNumber.get() as { version: number | null }).version ?? 0;
    if (cached?.version === latest) return cached;
    const row = s.latestTaxonomy.get();
    cached = row
      ? TaxonomyVersionRow.parse(row)
      : { version: 0, at: null, author: null, change: null, taxonomy: SEED_TAXONOMY };
    return cached;
  };
  // `json`: the change and taxonomy already serialised (an import does it in slices, outside the transaction).
  const writeTaxonomy = (version: TaxonomyVersion, json?: { change: string; taxonomy: string }) => {
    s.insertTaxonomy.run({
      version: version.version,
      at: version.at,
      author: version.author,
      change: json?.change ?? JSON.stringify(version.change),
      taxonomy: json?.taxonomy ?? JSON.stringify(version.taxonomy),
    });
    // Kept only once the transaction commits (a rolled-back write must not be served).
    afterCommit = version;
  };
  let afterCommit: TaxonomyVersion | null = null;
  const committed =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      afterCommit = null;
      const r = fn(...args);
      if (afterCommit) cached = afterCommit;
      afterCommit = null;
      return r;
    };

  const setLabel = db.transaction((input: { traceId: string; annotator: string; at: string; state: LabelState }) => {
    const state = LabelState.parse(input.state);
    const before = currentLabel(events(input.traceId));
    if (before && sameLabel(before, state)) return { changed: false, current: before };
    insertEvent({
      ...state,
      traceId: input.traceId,
      annotator: input.annotator,
      at: input.at,
      action: "set",
      undoes: null,
    });
    return { changed: true, current: currentLabel(events(input.traceId))! };
  });

  const undoLabel = db.transaction((input: { traceId: string; annotator: string; at: string }) => {
    const history = events(input.traceId);
    const plan = planUndo(history);
    if (!plan.ok) return plan;
    insertEvent({
      ...plan.restore,
      traceId: input.traceId,
      annotator: input.annotator,
      at: input.at,
      action: "undo",
      undoes: plan.undoes,
    });
    return {
      ok: true as const,
      current: currentLabel(events(input.traceId))!,
      undone: history.find((e) => e.seq === plan.undoes)!,
    };
  });

  const changeTaxonomy = db.transaction(
    (input: { change: TaxonomyChangeInput; author: string; at: string; baseVersion?: number }) => {
      const latest = latestTaxonomy();
      if (input.baseVersion !== undefined && input.baseVersion !== latest.version)
        return {
          ok: false as const,
          error: {
            code: "stale_version" as const,
            message: `The taxonomy changed (now version ${latest.version}, you edited ${input.baseVersion}); reload the board.`,
          },
        };
      const change = TaxonomyChange.parse(input.change);
      const applied = applyTaxonomyChange(latest.taxonomy, change);
      if (!applied.ok) return applied;
      const version = {
        version: latest.version + 1,
        at: input.at,
        author: input.author,
        change,
        taxonomy: applied.taxonomy,
      };
      writeTaxonomy(version);
      return { ok: true as const, version };
    },
  );

  const importLabelEvents = db.transaction((records: readonly LineRecord[]): number => {
    let imported = 0;
    for (const r of records) {
      const state: LabelState = {
        verdict: r.verdict,
        note: r.note,
        firstFailTurn: r.firstFailTurn,
        factIds: r.factIds,
      };
      const before = currentLabel(events(r.traceId));
      if (before && sameLabel(before, state)) continue;
      insertEvent({
        ...state,
        traceId: r.traceId,
        annotator: r.annotator,
        at: r.labelledAt,
        action: "import",
        undoes: null,
      });
      imported++;
    }
    return imported;
  });

  const importModes = db.transaction(
    (next: ImportVersion, input: { author: string; at: string; baseVersion: number }): number | "stale" => {
      const latest = latestTaxonomy();
      if (latest.version !== input.baseVersion) return "stale";
      const version = latest.version + 1;
      const { change, taxonomy, changeJson, taxonomyJson } = next;
      writeTaxonomy(
        { version, at: input.at, author: input.author, change, taxonomy },
        { change: changeJson, taxonomy: taxonomyJson },
      );
      return version;
    },
  );

  const toCurrent = (row: unknown): CurrentLabel => {
    const e = LabelEventRow.parse(row);
    return { ...labelStateOf(e), traceId: e.traceId, annotator: e.annotator, at: e.at, seq: e.seq };
  };
  const currentLabels = () => {
    const out = new Map<string, CurrentLabel>();
    for (const row of s.latestEvents.all()) {
      const l = toCurrent(row);
      out.set(l.traceId, l);
    }
    return out;
  };

  return {
    path,
    setLabel: (input) => setLabel(input),
    undoLabel: (input) => undoLabel(input),
    labelOf: (traceId) => currentLabel(events(traceId)),
    labelHistory: events,
    currentLabels,
    verdictCounts() {
      const counts = { pass: 0, fail: 0, defer: 0 };
      for (const r of s.verdictCounts.all() as { verdict: string | null; n: number }[])
        if (r.verdict === "pass" || r.verdict === "fail" || r.verdict === "defer") counts[r.verdict] = r.n;
      return counts;
    },
    currentVerdicts: () =>
      (s.currentVerdicts.all() as { trace_id: unknown; verdict: unknown }[]).map((r) => CurrentVerdictRow.parse(r)),
    currentLabelsPage: (verdict, page) => s.currentWithVerdictPage.all(verdict, page.limit, page.offset).map(toCurrent),
    labellingOrder: () => (s.labellingOrder.all() as { trace_id: string }[]).map((r) => r.trace_id),
    taxonomy: latestTaxonomy,
    taxonomyHistory: (limit = 50) => s.taxonomyHistory.all(limit).map((r) => TaxonomyVersionRow.parse(r)),
    changeTaxonomy: committed((input) => changeTaxonomy(input)),
    createQueue(queue) {
      const q = Queue.parse(queue);
      s.insertQueue.run({ ...q, spec: JSON.stringify(q.spec), traceIds: JSON.stringify(q.traceIds) });
    },
    getQueue(id) {
      const row = s.getQueue.get(id);
      return row ? QueueRow.parse(row) : null;
    },
    recentQueues: (limit = 10) =>
      s.recentQueues.all(limit).map((row) => {
        const { traceIds, ...q } = QueueRow.parse(row);
        return { ...q, size: traceIds.length };
      }),
    saveFilter(filter) {
      const f = SavedFilter.parse(filter);
      s.upsertFilter.run({ ...f, spec: JSON.stringify(f.spec) });
    },
    savedFilters: () => s.listFilters.all().map((r) => SavedFilterRow.parse(r)),
    deleteFilter: (name) => s.deleteFilter.run(name).changes > 0,
    importLabelEvents: (records) => importLabelEvents.immediate(records),
    importModes: committed((next, input) => importModes.immediate(next, input)),
    exportRecords() {
      const t = latestTaxonomy().taxonomy;
      return [...currentLabels().values()]
        .filter((l) => l.verdict !== null)
        .sort((a, b) => a.seq - b.seq)
        .map((l) => ({
          traceId: l.traceId,
          verdict: l.verdict!,
          note: l.note,
          firstFailTurn: l.firstFailTurn,
          modes: l.verdict === "fail" ? modesOf(t, l.traceId) : [],
          factIds: l.factIds,
          annotator: l.annotator,
          labelledAt: l.at,
        }));
    },
    humanLabels() {
      const t = latestTaxonomy();
      return humanLabels(currentLabels().values(), t.taxonomy, t.version);
    },
    verdicts(traceId) {
      const table = VERDICT_TABLES.find((name) => s.tableExists.get(name));
      if (!table) return null;
      const columns = (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
      const column = TRACE_COLUMNS.find((c) => columns.includes(c));
      if (!column) return null;
      return db
        .prepare(`SELECT * FROM "${table}" WHERE "${column}" = ? ORDER BY rowid DESC LIMIT 200`)
        .all(traceId)
        .map((row) => VerdictTableRow.parse(row));
    },
    close: () => db.close(),
  };
}

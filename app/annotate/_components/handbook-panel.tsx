"use client";

import { useMemo } from "react";
import ui from "../../_components/ui.module.css";
import styles from "./workspace.module.css";

/** A handbook fact as the panel lists it. */
export interface PanelFact {
  id: string;
  section: string;
  text: string;
}

/**
 * The handbook beside the conversation: searchable by words or fact id, the facts this trace used pinned first, each
 * with a button to cite it in the label.
 */
export function HandbookPanel({
  facts,
  sectionTitles,
  usedIds,
  citedIds,
  query,
  onQuery,
  onCite,
}: {
  facts: readonly PanelFact[];
  sectionTitles: Readonly<Record<string, string>>;
  usedIds: readonly string[];
  citedIds: readonly string[];
  query: string;
  onQuery: (q: string) => void;
  onCite: (id: string) => void;
}) {
  const groups = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const match = (f: PanelFact) => words.every((w) => `${f.id} ${f.text} ${f.section}`.toLowerCase().includes(w));
    const used = new Set(usedIds);
    const shown = facts.filter(match);
    const pinned = shown.filter((f) => used.has(f.id));
    const bySection = new Map<string, PanelFact[]>();
    for (const f of shown) if (!used.has(f.id)) bySection.set(f.section, [...(bySection.get(f.section) ?? []), f]);
    return { pinned, sections: [...bySection], count: shown.length };
  }, [facts, usedIds, query]);

  const renderFact = (f: PanelFact) => {
    const cited = citedIds.includes(f.id);
    return (
      <li key={f.id} className={styles.fact} data-fact={f.id}>
        <code className={styles.factId}>{f.id}</code>
        <span className={styles.factText}>{f.text}</span>
        <button
          type="button"
          className={`${styles.citeButton} ${cited ? styles.citeButtonOn : ""}`}
          aria-pressed={cited}
          onClick={() => onCite(f.id)}
          aria-label={`${cited ? "Uncite" : "Cite"} ${f.id}`}
        >
          {cited ? "Cited" : "Cite"}
        </button>
      </li>
    );
  };

  return (
    <section className={`${ui.card} ${styles.handbook}`} aria-labelledby="handbook-title">
      <h2 id="handbook-title" className={styles.cardTitle}>
        Handbook
      </h2>
      <label className="visually-hidden" htmlFor="handbook-search">
        Search the handbook
      </label>
      <input
        id="handbook-search"
        type="search"
        className={styles.search}
        placeholder="Search facts or ids (e.g. saturday, walk_in)"
        value={query}
        onChange={(e) => onQuery(e.target.value)}
      />
      <div className={styles.handbookScroll}>
        {groups.count === 0 && <p className={ui.muted}>No fact matches “{query}”.</p>}
        {groups.pinned.length > 0 && (
          <>
            <h3 className={styles.sectionTitle}>Used in this trace</h3>
            <ul className={styles.factList}>{groups.pinned.map(renderFact)}</ul>
          </>
        )}
        {groups.sections.map(([section, list]) => (
          <div key={section}>
            <h3 className={styles.sectionTitle}>{sectionTitles[section] ?? section}</h3>
            <ul className={styles.factList}>{list.map(renderFact)}</ul>
          </div>
        ))}
      </div>
    </section>
  );
}

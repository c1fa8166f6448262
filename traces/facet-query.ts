/** The facets table joined to its conversations (`f` the facet row, `c` the conversation). */
export const FACETS_FROM = "conversation_facets f CROSS JOIN conversations c ON c.id = f.conversation_id";

/** A conversation has at least one of these facets (an index probe per conversation; `list` is bound names). */
export const hasAnyFacet = (list: string[]) =>
  `EXISTS (SELECT 1 FROM conversation_facets g WHERE g.conversation_id = c.id AND g.facet IN (${list.join(", ")}))`;

/**
 * FROM for one list page driven by a facet group in updated_at order: each facet of the group yields its first `@facetTop`
 * (offset + page size) matches of every other term, read in page order from its own index range; their union (a
 * conversation with two of the facets appears once, with the same key) is then sorted and paged. A page costs about
 * group size × (offset + page) index entries, however common each facet is. `terms` are the other WHERE terms on `c`.
 */
export function facetDrivenFrom(group: string[], terms: string[], direction: "ASC" | "DESC"): string {
  const branches = group.map(
    (name) =>
      `SELECT * FROM (SELECT f.updated_at AS u, f.conversation_id AS cid FROM ${FACETS_FROM}
       WHERE ${[`f.facet = ${name}`, ...terms].join(" AND ")}
       ORDER BY f.updated_at ${direction}, f.conversation_id ${direction} LIMIT @facetTop)`,
  );
  return `(${branches.join(" UNION ")}) fu CROSS JOIN conversations c ON c.id = fu.cid`;
}

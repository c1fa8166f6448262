/** Turn latency bucket edges (ms), see facet-step.mjs. */
export declare const LATENCY_EDGES_MS: readonly number[];
/** The facet statements of one catch-up batch (`@after`, `@until` turn ids). */
export declare const FACET_SQL: Readonly<Record<"rekey" | "insert", string>>;

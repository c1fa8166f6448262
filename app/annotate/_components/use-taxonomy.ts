"use client";

import { useRouter } from "next/navigation";
import { useCallback, useRef, useState } from "react";
import type { TaxonomyChangeInput, TaxonomyVersion } from "../../../evals/annotation/index";
import { sendWrite } from "./annotate-api";
import type { AnnotateSettings } from "./use-settings";

/**
 * The board's taxonomy: every change goes to the server against the version shown (one at a time, in order); the
 * answer is the new version. The server-rendered counts are refreshed after each change.
 */
export function useTaxonomy(initial: TaxonomyVersion, settings: AnnotateSettings) {
  const router = useRouter();
  const [version, setVersion] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const current = useRef(initial);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  // Newer data from a server refresh (e.g. another tab or an import) replaces ours.
  if (initial.version > current.current.version) {
    current.current = initial;
    setVersion(initial);
  }

  const change = useCallback(
    (c: TaxonomyChangeInput): Promise<boolean> => {
      const run = chain.current.then(async () => {
        const r = await sendWrite<{ taxonomy: TaxonomyVersion }>(
          "POST",
          "/api/annotate/taxonomy",
          { baseVersion: current.current.version, change: c },
          settings,
        );
        if (!r.ok) {
          setError(r.message);
          return false;
        }
        setError(null);
        current.current = r.data.taxonomy;
        setVersion(r.data.taxonomy);
        router.refresh();
        return true;
      });
      chain.current = run;
      return run;
    },
    [settings, router],
  );

  return { version, change, error, clearError: () => setError(null) };
}

"use client";

import { useCallback, useSyncExternalStore } from "react";
import { useTeamMember } from "./team-member";

/**
 * The reviewer's settings: who they are (from the session: the signed-in member's name when their role may label,
 * else empty, which keeps every write control off) and blind or triage mode (kept in localStorage).
 */
export interface AnnotateSettings {
  annotator: string;
  triage: boolean;
}

const KEY = "annotate.settings";
const DEFAULTS: AnnotateSettings = { annotator: "", triage: false };
const listeners = new Set<() => void>();
let cache: { raw: string | null; value: AnnotateSettings } = { raw: null, value: DEFAULTS };

function read(): AnnotateSettings {
  const raw = window.localStorage.getItem(KEY);
  if (raw === cache.raw) return cache.value;
  let value = DEFAULTS;
  try {
    const parsed = raw ? (JSON.parse(raw) as Partial<AnnotateSettings>) : {};
    value = { annotator: "", triage: parsed.triage === true };
  } catch {
    value = DEFAULTS; // a corrupt entry is replaced on the next save
  }
  cache = { raw, value };
  return value;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => e.key === KEY && listener();
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

/** Settings kept in localStorage (shared by every annotation screen and tab); `update` merges a patch. */
export function useAnnotateSettings(): [AnnotateSettings, (patch: Partial<AnnotateSettings>) => void, boolean] {
  const stored = useSyncExternalStore(subscribe, read, () => DEFAULTS);
  const member = useTeamMember();
  const annotator = member && member.role !== "viewer" ? member.name : "";
  const settings = stored.annotator === annotator ? stored : { ...stored, annotator };
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const update = useCallback((patch: Partial<AnnotateSettings>) => {
    window.localStorage.setItem(KEY, JSON.stringify({ triage: patch.triage ?? read().triage }));
    for (const l of listeners) l();
  }, []);
  return [settings, update, hydrated];
}

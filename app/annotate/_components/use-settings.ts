"use client";

import { useCallback, useSyncExternalStore } from "react";

/** The reviewer's local settings: who they are, the server's write token (if any), blind or triage mode. */
export interface AnnotateSettings {
  annotator: string;
  token: string;
  triage: boolean;
}

const KEY = "annotate.settings";
const DEFAULTS: AnnotateSettings = { annotator: "", token: "", triage: false };
const listeners = new Set<() => void>();
let cache: { raw: string | null; value: AnnotateSettings } = { raw: null, value: DEFAULTS };

function read(): AnnotateSettings {
  const raw = window.localStorage.getItem(KEY);
  if (raw === cache.raw) return cache.value;
  let value = DEFAULTS;
  try {
    const parsed = raw ? (JSON.parse(raw) as Partial<AnnotateSettings>) : {};
    value = {
      annotator: typeof parsed.annotator === "string" ? parsed.annotator : "",
      token: typeof parsed.token === "string" ? parsed.token : "",
      triage: parsed.triage === true,
    };
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
  const settings = useSyncExternalStore(subscribe, read, () => DEFAULTS);
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const update = useCallback((patch: Partial<AnnotateSettings>) => {
    window.localStorage.setItem(KEY, JSON.stringify({ ...read(), ...patch }));
    for (const l of listeners) l();
  }, []);
  return [settings, update, hydrated];
}

import { z } from "zod";

const RunId = z
  .string()
  .max(64)
  .regex(/^[\w:.-]+$/);

/** The `?run=` parameter of /evals. */
export type RunParam = { kind: "latest" } | { kind: "run"; id: string } | { kind: "invalid" };

/** Parses `?run=`: absent or blank means the latest run; anything that cannot be a run id is invalid. */
export function parseRunParam(value: string | string[] | undefined): RunParam {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || raw.trim() === "") return { kind: "latest" };
  const parsed = RunId.safeParse(raw);
  return parsed.success ? { kind: "run", id: parsed.data } : { kind: "invalid" };
}

import { z } from "zod";

const Name = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[\w:.-]+$/);
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** The query of /evals/traces: a run, a mode ("any" for any), optionally the state of the first failure. */
export const CellParams = z.object({
  run: z.preprocess(first, Name),
  mode: z.preprocess(first, Name),
  state: z.preprocess(first, Name.optional()),
});
export type CellParams = z.infer<typeof CellParams>;

/** Parses /evals/traces's search params; null when the run or mode is missing or malformed. */
export function parseCellParams(searchParams: Record<string, string | string[] | undefined>): CellParams | null {
  const parsed = CellParams.safeParse(searchParams);
  return parsed.success ? parsed.data : null;
}

import { z } from "zod";

const Env = z.object({
  DATABASE_PATH: z
    .string()
    .trim()
    .transform((s) => s || undefined) // a blank variable counts as unset
    .optional(),
});

/** Where the trace store lives: `DATABASE_PATH`, else `data/bikeshop.db` (relative to the working directory). */
export function defaultDatabasePath(env: Record<string, string | undefined> = process.env): string {
  return Env.parse(env).DATABASE_PATH ?? "data/bikeshop.db";
}

import { parseArgs } from "node:util";
import { z } from "zod";
import { Role } from "./roles";

/** A parsed `pnpm users` invocation (passwords come on stdin, never in argv where `ps` would show them). */
export const UsersCommand = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("help") }),
  z.object({ kind: z.literal("add"), email: z.string().min(3), name: z.string().min(1), role: Role }),
  z.object({ kind: z.literal("list"), json: z.boolean() }),
  z.object({ kind: z.literal("remove"), email: z.string().min(3) }),
  z.object({ kind: z.literal("reset-password"), email: z.string().min(3) }),
  z.object({ kind: z.literal("token-create"), name: z.string().min(1).max(80), role: Role, by: z.string().min(1) }),
  z.object({ kind: z.literal("token-list"), json: z.boolean() }),
  z.object({ kind: z.literal("token-revoke"), id: z.string().min(1) }),
]);
export type UsersCommand = z.infer<typeof UsersCommand>;

/** Help text for the users CLI. */
export const USERS_USAGE = `usage: pnpm users <command>   (the password is read from the first line of stdin)

  add --email E --name N --role admin|annotator|viewer   add a team member
  list [--json]                                          team members and roles
  remove --email E                                       remove a member (and their sessions)
  reset-password --email E                               new password; signs them out everywhere
  token create --name N --role R [--by WHO]              bearer API token for scripts (shown once)
  token list [--json]                                    tokens (never the secret)
  token revoke <id>                                      revoke a token

The database is DATABASE_PATH, else data/bikeshop.db.
`;

/** Parses argv (without node and script) into a command, or an error message to show with the usage. */
export function parseUsersArgs(argv: string[]): { ok: true; command: UsersCommand } | { ok: false; error: string } {
  const [first, second, ...rest] = argv;
  if (!first || first === "help" || first === "--help") return { ok: true, command: { kind: "help" } };
  const tokenCmd = first === "token";
  const args = tokenCmd ? rest : [second, ...rest].filter((a): a is string => a !== undefined);
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        email: { type: "string" },
        name: { type: "string" },
        role: { type: "string" },
        by: { type: "string" },
        json: { type: "boolean", default: false },
      },
    });
    const kind = tokenCmd ? `token-${second ?? ""}` : first;
    const parsed = UsersCommand.safeParse({ kind, ...values, by: values.by ?? "cli", id: positionals[0] });
    if (!parsed.success)
      return { ok: false, error: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") };
    return { ok: true, command: parsed.data };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

import { createInterface } from "node:readline";
import { createApiToken, listApiTokens, revokeApiToken } from "./api-tokens";
import { openTeamAuth } from "./open-team-auth";
import { addUser, listUsers, NewUser, removeUser, resetPassword } from "./team-users";
import { parseUsersArgs, USERS_USAGE, type UsersCommand } from "./users-cli-args";

/** `pnpm users …`: team members and API tokens from scripts (the shell around the pure parser and team-users). */
async function main(argv: string[]): Promise<number> {
  const parsed = parseUsersArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.error}\n\n${USERS_USAGE}`);
    return 2;
  }
  if (parsed.command.kind === "help") {
    process.stdout.write(USERS_USAGE);
    return 0;
  }
  const { auth, db } = await openTeamAuth();
  try {
    return await run(parsed.command, auth);
  } finally {
    db.close();
  }
}

async function run(c: Exclude<UsersCommand, { kind: "help" }>, auth: Awaited<ReturnType<typeof openTeamAuth>>["auth"]) {
  const say = (s: string) => {
    process.stdout.write(`${s}\n`);
    return 0;
  };
  const fail = (s: string) => {
    process.stderr.write(`${s}\n`);
    return 1;
  };
  switch (c.kind) {
    case "add": {
      const input = NewUser.safeParse({ ...c, password: await readPassword() });
      if (!input.success) return fail(input.error.issues.map((i) => i.message).join("; "));
      const r = await addUser(auth, input.data);
      return r.ok ? say(`added ${r.value.email} (${r.value.role})`) : fail(r.message);
    }
    case "list": {
      const users = await listUsers(auth);
      if (c.json) say(JSON.stringify(users));
      else for (const u of users) say(`${u.email}\t${u.role}\t${u.name}\t${u.createdAt}`);
      return 0;
    }
    case "remove": {
      const r = await removeUser(auth, c.email);
      return r.ok ? say(`removed ${r.value.email}`) : fail(r.message);
    }
    case "reset-password": {
      const r = await resetPassword(auth, c.email, await readPassword());
      return r.ok ? say(`password reset for ${r.value.email}; their sessions were ended`) : fail(r.message);
    }
    case "token-create": {
      const { token, apiToken } = await createApiToken(auth, { name: c.name, role: c.role, createdBy: c.by });
      say(
        `token ${apiToken.id} (${apiToken.role}) — send it as "Authorization: Bearer <token>"; it is shown only now:`,
      );
      say(token);
      return 0;
    }
    case "token-list": {
      const tokens = await listApiTokens(auth);
      if (c.json) say(JSON.stringify(tokens));
      else
        for (const t of tokens) say(`${t.id}\t${t.name}\t${t.role}\t${t.revoked ? "revoked" : "live"}\t${t.createdAt}`);
      return 0;
    }
    case "token-revoke":
      return (await revokeApiToken(auth, c.id)) ? say(`revoked ${c.id}`) : fail(`There is no token ${c.id}.`);
  }
}

/** The first line of stdin (a prompt on a terminal). */
async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("password: ");
  const rl = createInterface({ input: process.stdin });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return "";
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

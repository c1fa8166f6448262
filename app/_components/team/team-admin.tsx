"use client";

import { type FormEvent, useState } from "react";
import type { ApiToken } from "../../_auth/api-tokens";
import { Role } from "../../_auth/roles";
import type { TeamUser } from "../../_auth/team-users";
import { postJson } from "./post-json";
import styles from "./team.module.css";

/** Admin tools: add/remove team members, create/revoke API tokens (a new token's secret is shown once). */
export function TeamAdmin({ users, tokens, self }: { users: TeamUser[]; tokens: ApiToken[]; self: string | null }) {
  const [message, setMessage] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const reload = () => window.location.reload();

  async function send(path: string, body: unknown, method: "POST" | "DELETE", after?: (data: unknown) => void) {
    const r = await postJson(path, body, method);
    if (!r.ok) return setMessage(r.message);
    if (after) after(r.data);
    else reload();
  }
  const fields = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    return Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
  };

  return (
    <>
      {message && (
        <p className="form-error" role="alert">
          {message}
        </p>
      )}
      <h2>Members</h2>
      <ActionTable
        rows={users.map((u) => ({
          key: u.id,
          user: u.email,
          cells: [u.name, u.email, u.role],
          action:
            u.email === self
              ? null
              : { label: "Remove", run: () => void send("/api/team/users", { email: u.email }, "DELETE") },
        }))}
      />
      <form
        className={`${styles.form} ${styles.inline}`}
        onSubmit={(e) => void send("/api/team/users", fields(e), "POST")}
      >
        <input name="name" placeholder="name" required maxLength={80} aria-label="Name" />
        <input name="email" type="email" placeholder="e-mail" required aria-label="E-mail" />
        <input
          name="password"
          type="password"
          placeholder="password (10+)"
          required
          minLength={10}
          aria-label="Password"
        />
        <RoleSelect label="Role" defaultValue="annotator" />
        <button type="submit" className="button button-small">
          Add member
        </button>
      </form>
      <h2>API tokens</h2>
      {secret && (
        <p role="status">
          New token (shown once): <code data-testid="new-token">{secret}</code>
        </p>
      )}
      <ActionTable
        rows={tokens.map((t) => ({
          key: t.id,
          cells: [t.name, t.role, t.revoked ? "revoked" : "live"],
          action: t.revoked
            ? null
            : { label: "Revoke", run: () => void send("/api/team/tokens", { id: t.id }, "DELETE") },
        }))}
      />
      <form
        className={`${styles.form} ${styles.inline}`}
        onSubmit={(e) =>
          void send("/api/team/tokens", fields(e), "POST", (d) => setSecret((d as { token: string }).token))
        }
      >
        <input name="name" placeholder="token name" required maxLength={80} aria-label="Token name" />
        <RoleSelect label="Token role" defaultValue="viewer" />
        <button type="submit" className="button button-small">
          Create token
        </button>
      </form>
    </>
  );
}

/** A `role` picker for the add-member and create-token forms. */
function RoleSelect({ label, defaultValue }: { label: string; defaultValue: Role }) {
  return (
    <select name="role" aria-label={label} defaultValue={defaultValue}>
      {Role.options.map((r) => (
        <option key={r} value={r}>
          {r}
        </option>
      ))}
    </select>
  );
}

/** A row of the members or tokens table: its cells and the one action it offers (remove, revoke), if any. */
interface ActionRow {
  key: string;
  /** The member's e-mail, as `data-user` (the row a script or test looks a member up by). */
  user?: string;
  cells: string[];
  action: { label: string; run: () => void } | null;
}

/** The members and tokens tables: a row per entry, the action button in the last cell. */
function ActionTable({ rows }: { rows: ActionRow[] }) {
  return (
    <table className={styles.table}>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-user={r.user}>
            {r.cells.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the cells of a row are fixed columns.
              <td key={i}>{c}</td>
            ))}
            <td>
              {r.action && (
                <button type="button" onClick={r.action.run}>
                  {r.action.label}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

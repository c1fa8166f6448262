"use client";

import { type FormEvent, useState } from "react";
import type { ApiToken } from "../../_auth/api-tokens";
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
      <table className={styles.table}>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} data-user={u.email}>
              <td>{u.name}</td>
              <td>{u.email}</td>
              <td>{u.role}</td>
              <td>
                {u.email !== self && (
                  <button type="button" onClick={() => void send("/api/team/users", { email: u.email }, "DELETE")}>
                    Remove
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
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
        <select name="role" aria-label="Role" defaultValue="annotator">
          <option value="viewer">viewer</option>
          <option value="annotator">annotator</option>
          <option value="admin">admin</option>
        </select>
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
      <table className={styles.table}>
        <tbody>
          {tokens.map((t) => (
            <tr key={t.id}>
              <td>{t.name}</td>
              <td>{t.role}</td>
              <td>{t.revoked ? "revoked" : "live"}</td>
              <td>
                {!t.revoked && (
                  <button type="button" onClick={() => void send("/api/team/tokens", { id: t.id }, "DELETE")}>
                    Revoke
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className={`${styles.form} ${styles.inline}`}
        onSubmit={(e) =>
          void send("/api/team/tokens", fields(e), "POST", (d) => setSecret((d as { token: string }).token))
        }
      >
        <input name="name" placeholder="token name" required maxLength={80} aria-label="Token name" />
        <select name="role" aria-label="Token role" defaultValue="viewer">
          <option value="viewer">viewer</option>
          <option value="annotator">annotator</option>
          <option value="admin">admin</option>
        </select>
        <button type="submit" className="button button-small">
          Create token
        </button>
      </form>
    </>
  );
}

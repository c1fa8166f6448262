"use client";

import { type FormEvent, useState } from "react";
import { postJson } from "./post-json";
import styles from "./team.module.css";

/** The sign-in form (or, with `firstAdmin`, the form that creates the first admin and then signs in). */
export function SignInForm({ firstAdmin, next }: { firstAdmin: boolean; next: string }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const email = String(form.get("email") ?? "");
    const password = String(form.get("password") ?? "");
    setBusy(true);
    setError(null);
    if (firstAdmin) {
      const created = await postJson("/api/team/setup", { email, password, name: String(form.get("name") ?? "") });
      if (!created.ok) {
        setBusy(false);
        return setError(created.message);
      }
    }
    const signedIn = await postJson("/api/auth/sign-in/email", { email, password });
    if (!signedIn.ok) {
      setBusy(false);
      return setError(signedIn.status === 401 ? "Wrong e-mail or password." : signedIn.message);
    }
    window.location.assign(next);
  }

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)}>
      {firstAdmin && (
        <label>
          <span>Your name</span>
          <input name="name" required maxLength={80} autoComplete="name" />
        </label>
      )}
      <label>
        <span>E-mail</span>
        <input name="email" type="email" required maxLength={254} autoComplete="username" />
      </label>
      <label>
        <span>Password{firstAdmin ? " (at least 10 characters)" : ""}</span>
        <input
          name="password"
          type="password"
          required
          minLength={firstAdmin ? 10 : undefined}
          maxLength={256}
          autoComplete={firstAdmin ? "new-password" : "current-password"}
        />
      </label>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button" disabled={busy}>
        {firstAdmin ? "Create admin and sign in" : "Sign in"}
      </button>
    </form>
  );
}

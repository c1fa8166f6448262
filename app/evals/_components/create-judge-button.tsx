"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import styles from "../evals.module.css";

type Outcome = { kind: "idle" } | { kind: "busy" } | { kind: "done"; text: string } | { kind: "error"; text: string };

/** The answer of POST /api/evals/judges, as far as this button reads it. */
interface Created {
  judge: { id: string; measurement: { n: number; tpr: number | null; tnr: number | null; errors: number } };
}

const pct = (x: number | null) => (x === null ? "—" : `${Math.round(x * 100)}%`);

/**
 * "Create LLM judge" for one failure mode: asks the server to build the judge from the mode's definition and its
 * train examples and to measure it on dev, then reloads the page's data so the new judge shows with its TPR/TNR.
 */
export function CreateJudgeButton({ modeId, modeName, again }: { modeId: string; modeName: string; again: boolean }) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome>({ kind: "idle" });
  async function create() {
    setOutcome({ kind: "busy" });
    try {
      const res = await fetch("/api/evals/judges", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ mode: modeId }),
        cache: "no-store",
      });
      const body = (await res.json().catch(() => null)) as (Created & { error?: { message: string } }) | null;
      if (!res.ok || !body?.judge) {
        setOutcome({ kind: "error", text: body?.error?.message ?? `The server answered ${res.status}.` });
        return;
      }
      const m = body.judge.measurement;
      setOutcome({
        kind: "done",
        text: `Created ${body.judge.id}: TPR ${pct(m.tpr)}, TNR ${pct(m.tnr)} on ${m.n} dev trace${m.n === 1 ? "" : "s"}${m.errors ? ` (${m.errors} error${m.errors === 1 ? "" : "s"} left out)` : ""}.`,
      });
      router.refresh();
    } catch {
      setOutcome({ kind: "error", text: "The server could not be reached." });
    }
  }
  return (
    <div className={styles.judgeAction}>
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={create}
        disabled={outcome.kind === "busy"}
        aria-label={`${again ? "Re-create" : "Create"} the LLM judge for ${modeName}`}
        data-testid={`create-judge-${modeId}`}
      >
        {outcome.kind === "busy" ? "Creating…" : again ? "Re-create judge" : "Create LLM judge"}
      </button>
      <p className={styles.judgeStatus} role="status" aria-live="polite">
        {outcome.kind === "busy" && "Building the judge and measuring it on the dev split…"}
        {outcome.kind === "done" && outcome.text}
        {outcome.kind === "error" && <span className={styles.judgeError}>{outcome.text}</span>}
      </p>
    </div>
  );
}

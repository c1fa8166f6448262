"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import ui from "../../_components/ui.module.css";
import { sendWrite } from "./annotate-api";
import styles from "./start.module.css";
import type { AnnotateSettings } from "./use-settings";

interface ImportSummary {
  rows: number;
  imported: number;
  unchanged: number;
  taxonomyVersion: number | null;
}

/** Export labels as CSV/JSONL; import a label file, all or nothing, with bad rows listed by line. */
export function ImportExport({ settings }: { settings: AnnotateSettings }) {
  const router = useRouter();
  const [result, setResult] = useState<ImportSummary | null>(null);
  const [error, setError] = useState<{ message: string; rows?: { line: number; message: string }[] } | null>(null);
  const [busy, setBusy] = useState(false);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setResult(null);
    const text = await file.text();
    const r = await sendWrite<{ result: ImportSummary }>(
      "POST",
      "/api/annotate/import",
      { fileName: file.name, text },
      settings,
    );
    setBusy(false);
    if (!r.ok) return setError({ message: r.message, rows: r.rows });
    setResult(r.data.result);
    router.refresh();
  };

  return (
    <section className={`${ui.card} ${styles.card}`} aria-labelledby="io-title">
      <h2 id="io-title">Import / export</h2>
      <p className={styles.exportLinks}>
        <a className="button button-secondary button-small" href="/api/annotate/export?format=csv" download>
          Export CSV
        </a>
        <a className="button button-secondary button-small" href="/api/annotate/export?format=jsonl" download>
          Export JSONL
        </a>
      </p>
      <label className={styles.field}>
        <span>
          Import labels (.csv or .jsonl, including <code>pnpm traces export</code> lines with a <code>label</code>)
        </span>
        <input
          type="file"
          accept=".csv,.jsonl,.json,text/csv,application/x-ndjson"
          disabled={busy || !settings.annotator.trim()}
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </label>
      {busy && <p className={styles.hint}>Importing…</p>}
      {result && (
        <p className={styles.hint} role="status">
          Imported {result.imported} of {result.rows} rows ({result.unchanged} unchanged)
          {result.taxonomyVersion !== null && `, taxonomy v${result.taxonomyVersion}`}.
        </p>
      )}
      {error && (
        <div className="form-error" role="alert">
          <p>{error.message}</p>
          {error.rows && (
            <ul className={styles.importErrors}>
              {error.rows.slice(0, 50).map((r) => (
                <li key={`${r.line}:${r.message}`}>
                  line {r.line}: {r.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

"use client";

import type { AnnotateSettings } from "./use-settings";
import styles from "./workspace.module.css";

/** Who is labelling, the write token (when the server asks for one) and blind/triage mode. */
export function SettingsBar({
  settings,
  update,
  onTriageChange,
}: {
  settings: AnnotateSettings;
  update: (patch: Partial<AnnotateSettings>) => void;
  onTriageChange?: (triage: boolean) => void;
}) {
  return (
    <div className={styles.settings}>
      <label className={styles.settingField}>
        <span>Annotator</span>
        <input
          type="text"
          name="annotator"
          autoComplete="nickname"
          placeholder="your name"
          maxLength={80}
          value={settings.annotator}
          onChange={(e) => update({ annotator: e.target.value })}
        />
      </label>
      <details className={styles.tokenBox}>
        <summary>Token</summary>
        <label className={styles.settingField}>
          <span>Write token (only when served beyond localhost)</span>
          <input
            type="password"
            autoComplete="off"
            value={settings.token}
            onChange={(e) => update({ token: e.target.value })}
          />
        </label>
      </details>
      <fieldset className={styles.modeSwitch}>
        <legend className="visually-hidden">Review mode</legend>
        {(["blind", "triage"] as const).map((mode) => (
          <label key={mode} className={(mode === "triage") === settings.triage ? styles.modeOn : undefined}>
            <input
              type="radio"
              name="review-mode"
              value={mode}
              checked={(mode === "triage") === settings.triage}
              onChange={() => {
                update({ triage: mode === "triage" });
                onTriageChange?.(mode === "triage");
              }}
            />
            {mode === "blind" ? "Blind" : "Triage"}
          </label>
        ))}
      </fieldset>
    </div>
  );
}

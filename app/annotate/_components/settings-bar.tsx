"use client";

import type { AnnotateSettings } from "./use-settings";
import styles from "./workspace.module.css";

/** Who is labelling (the signed-in member) and blind/triage mode. */
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
      <p className={styles.settingField}>
        <span>Annotator</span>
        <strong data-testid="annotator">{settings.annotator || "read-only (viewer)"}</strong>
      </p>
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

"use client";

import { useId, useState } from "react";
import type { BookingSummary } from "../../_lib/chat-dto";
import styles from "./chat.module.css";

const STAGES: Record<string, string> = {
  "booking.collecting": "Collecting details",
  "booking.confirming": "Waiting for your OK",
  booked: "Booked",
};

const FIELDS: { key: keyof BookingSummary; label: string }[] = [
  { key: "service", label: "Service" },
  { key: "date", label: "Date" },
  { key: "time", label: "Drop-off" },
  { key: "name", label: "Name" },
  { key: "contact", label: "Contact" },
];

/** True while a booking is being collected or was just made: the states in which the panel is shown. */
export function showsBookingPanel(state: string, bookingIds: string[]): boolean {
  return state.startsWith("booking.") || (state === "booked" && bookingIds.length > 0);
}

/** The panel's one-line form on a phone: stage, then every detail given so far ("Booked · Tune-up · 10:30am"). */
export function bookingOneLine(state: string, booking: BookingSummary, bookingIds: string[]): string {
  const given = FIELDS.flatMap((f) => (booking[f.key] ? [booking[f.key]] : []));
  return [STAGES[state] ?? state, ...given, ...bookingIds].join(" · ");
}

/**
 * The details collected so far, beside the chat while a booking is in progress; on a phone it is one line under the
 * chat's header (the conversation keeps the screen) that opens the full list.
 */
export function BookingPanel({
  state,
  booking,
  bookingIds,
}: {
  state: string;
  booking: BookingSummary;
  bookingIds: string[];
}) {
  const done = state === "booked";
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  return (
    <section
      className={[styles.panel, done && styles.done, expanded && styles.expanded].filter(Boolean).join(" ")}
      aria-labelledby="booking-panel-title"
      data-testid="booking-panel"
    >
      <button
        type="button"
        className={styles.panelLine}
        aria-expanded={expanded}
        aria-controls={listId}
        onClick={() => setExpanded((e) => !e)}
        data-testid="booking-line"
      >
        <span className={styles.stageDot} aria-hidden="true" />
        <span className={styles.lineText} data-part="line-text">
          {bookingOneLine(state, booking, bookingIds)}
        </span>
        <span className={styles.lineToggle}>{expanded ? "Hide" : "Details"}</span>
      </button>
      <div className={styles.panelHead}>
        <h2 id="booking-panel-title">{done ? "Booking confirmed" : "Your booking"}</h2>
        <p className={styles.stage}>
          <span className={styles.stageDot} aria-hidden="true" />
          {STAGES[state] ?? state}
        </p>
      </div>
      <dl id={listId}>
        {FIELDS.map((f) => (
          <div key={f.key}>
            <dt>{f.label}</dt>
            <dd data-field={f.key}>{booking[f.key] ?? <span className={styles.missing}>not yet</span>}</dd>
          </div>
        ))}
        {bookingIds.length > 0 && (
          <div>
            <dt>Reference</dt>
            <dd data-field="reference">{bookingIds.join(", ")}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}

import type { BookingSummary } from "../../_lib/chat-dto";

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

/** The details collected so far, next to the chat while a booking is in progress. */
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
  return (
    <section
      className={`booking-panel${done ? " is-done" : ""}`}
      aria-labelledby="booking-panel-title"
      data-testid="booking-panel"
    >
      <div className="booking-panel-head">
        <h2 id="booking-panel-title">{done ? "Booking confirmed" : "Your booking"}</h2>
        <p className="booking-stage">
          <span className="stage-dot" aria-hidden="true" />
          {STAGES[state] ?? state}
        </p>
      </div>
      <dl>
        {FIELDS.map((f) => (
          <div key={f.key} className={booking[f.key] ? "is-set" : "is-missing"}>
            <dt>{f.label}</dt>
            <dd data-field={f.key}>{booking[f.key] ?? <span className="missing">not yet</span>}</dd>
          </div>
        ))}
        {bookingIds.length > 0 && (
          <div className="is-set">
            <dt>Reference</dt>
            <dd data-field="reference">{bookingIds.join(", ")}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}

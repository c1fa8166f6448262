import { tc } from "../_lib/tc";

/** A machine state as a small colored badge ("booking.collecting", "booked", …). */
export function StateBadge({ state }: { state: string }) {
  const tone =
    state === "booked" ? "done" : state.startsWith("booking") ? "active" : state === "handoff" ? "warn" : "neutral";
  return <span className={tc(`state state-${tone}`)}>{state}</span>;
}

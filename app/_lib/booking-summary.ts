import { type BookingDraft, formatDate } from "../../chatbot/index";
import { formatClock, type Handbook } from "../../knowledge-base/index";
import type { BookingSummary } from "./chat-dto";

/** Formats the machine's booking draft for customers: service name, "Friday, December 4", "10:30am". */
export function toBookingSummary(h: Handbook, draft: BookingDraft | null | undefined): BookingSummary {
  const d = draft ?? {};
  const service = d.service ? (h.services.find((s) => s.id === d.service)?.name ?? d.service) : null;
  return {
    service,
    date: d.date ? formatDate(d.date) : null,
    time: d.time ? formatClock(d.time) : null,
    name: d.name ?? null,
    contact: d.contact ?? null,
  };
}

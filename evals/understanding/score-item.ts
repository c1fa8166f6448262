import type { ExpectedBooking, HeldoutItem, ItemResult, StoredBooking, TurnExpect, TurnOutput } from "./schema";

/** Lower case, one kind of dash, quote and space, so "9 AM–3 PM" matches "9am-3pm" style expectations. */
export function normalizeForMatch(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[‐‑‒–—―]/g, "-")
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

/** True when `needle` appears in `text`, ignoring case, dash/quote style and spaces. */
export function mentions(text: string, needle: string): boolean {
  const t = normalizeForMatch(text);
  const n = normalizeForMatch(needle);
  if (!n) return true;
  return t.includes(n) || t.replace(/ /g, "").includes(n.replace(/ /g, ""));
}

const FIELD_ALIASES: Record<string, string[]> = {
  service: ["service"],
  date: ["date", "identity_date"],
  day: ["date"],
  time: ["time"],
  name: ["name", "identity_name"],
  contact: ["contact", "identity_contact"],
  phone: ["contact", "identity_contact"],
  email: ["contact", "identity_contact"],
};

/** Failures of one turn against its expectations (empty when it passes). */
export function scoreTurn(out: TurnOutput, expect: TurnExpect): string[] {
  const fails: string[] = [];
  for (const group of expect.mentionsAll)
    if (!group.some((alt) => mentions(out.reply, alt))) fails.push(`missing one of ${JSON.stringify(group)}`);
  for (const bad of expect.mentionsNone) if (mentions(out.reply, bad)) fails.push(`mentions ${JSON.stringify(bad)}`);
  const asks = expect.asksFor?.toLowerCase();
  if (asks === "confirmation" || asks === "confirm") {
    if (out.state !== "booking.confirming") fails.push(`in ${out.state}, expected to be asking for confirmation`);
  } else if (typeof expect.asksFor === "string" && expect.asksFor) {
    const want = FIELD_ALIASES[expect.asksFor.toLowerCase()] ?? [expect.asksFor.toLowerCase()];
    if (!want.includes(out.expecting ?? ""))
      fails.push(`asks for ${out.expecting ?? "nothing"}, expected ${expect.asksFor}`);
  }
  return fails;
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "");

/** "10:30am", "10:30", "2pm", "14:00" → "HH:mm" (null when unreadable). */
export function clockOf(s: string): string | null {
  const m = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/i.exec(s.trim());
  if (!m) return null;
  let h = Number(m[1]);
  const mer = (m[3] ?? "").toLowerCase();
  if (mer.startsWith("p") && h < 12) h += 12;
  if (mer.startsWith("a") && h === 12) h = 0;
  return `${String(h).padStart(2, "0")}:${m[2] ?? "00"}`;
}

/** Failures of the stored booking against the expected one; `expected === null` means no booking may be stored. */
export function scoreBooking(
  actual: StoredBooking | null,
  expected: ExpectedBooking | null,
  serviceNames: Record<string, string>,
): string[] {
  if (expected === null)
    return actual ? [`booked ${actual.service} ${actual.date} ${actual.time}, expected no booking`] : [];
  if (!actual) return ["no booking stored"];
  const fails: string[] = [];
  if (expected.service) {
    const names = [actual.service, serviceNames[actual.service] ?? ""].map(slug);
    if (!names.includes(slug(expected.service))) fails.push(`service ${actual.service}, expected ${expected.service}`);
  }
  if (expected.date && actual.date !== expected.date) fails.push(`date ${actual.date}, expected ${expected.date}`);
  if (expected.time && actual.time !== (clockOf(expected.time) ?? expected.time))
    fails.push(`time ${actual.time}, expected ${expected.time}`);
  if (expected.name && normalizeForMatch(actual.name) !== normalizeForMatch(expected.name))
    fails.push(`name ${actual.name}, expected ${expected.name}`);
  if (expected.contact) {
    const digits = (s: string) => s.replace(/\D/g, "");
    const same = expected.contact.includes("@")
      ? normalizeForMatch(actual.contact) === normalizeForMatch(expected.contact)
      : digits(actual.contact).endsWith(digits(expected.contact).slice(-10));
    if (!same) fails.push(`contact ${actual.contact}, expected ${expected.contact}`);
  }
  return fails;
}

/** A draft read as a booking (a field not yet given is empty, so an expected value for it fails). */
function draftAsBooking(d: NonNullable<TurnOutput["draft"]>): StoredBooking {
  const f = (k: keyof typeof d) => d[k] ?? "";
  return {
    service: f("service"),
    date: f("date"),
    time: f("time"),
    name: f("name"),
    contact: f("contact"),
    status: "booked",
  };
}

/** Scores a whole item from its turn outputs and the bookings stored along the way. */
export function scoreItem(
  item: HeldoutItem,
  outs: TurnOutput[],
  bookings: StoredBooking[],
  serviceNames: Record<string, string>,
): ItemResult {
  const failures: string[] = [];
  item.turns.forEach((t, i) => {
    const out = outs[i];
    if (!out) failures.push(`turn ${i + 1}: no output`);
    else for (const f of scoreTurn(out, t.expect)) failures.push(`turn ${i + 1}: ${f}`);
  });
  const last = outs.at(-1);
  const wantState = item.final?.state;
  if (wantState && last && last.state !== wantState && !(wantState === "booking" && last.state.startsWith("booking")))
    failures.push(`final state ${last.state}, expected ${wantState}`);
  if (item.final && "booking" in item.final && item.final.booking !== undefined) {
    // Ending mid-booking ("booking", "booking.collecting"…), the expected booking is the draft so far, fields as given.
    const draft = wantState?.startsWith("booking") && item.final.booking !== null ? last?.draft : null;
    const active = draft ? draftAsBooking(draft) : ([...bookings].reverse().find((b) => b.status === "booked") ?? null);
    for (const f of scoreBooking(active, item.final.booking ?? null, serviceNames))
      failures.push(`final booking: ${f}`);
  }
  return { id: item.id, category: item.category, pass: failures.length === 0, failures };
}

/** Milliseconds for people: "<0.1 ms", "0.8 ms", "42 ms", "1.35 s". */
export function formatDuration(ms: number): string {
  if (ms < 0.05) return "<0.1 ms";
  if (ms < 10) return `${ms.toFixed(1)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

/** An ISO timestamp in the shop's time zone: "Nov 20, 2026, 10:30 AM PST" (server-rendered, so stable). */
export function formatTimestamp(iso: string, timeZone: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat("en-US", {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(d);
}

/** A cost in US dollars with enough digits for fractions of a cent. */
export function formatCost(usd: number): string {
  if (usd === 0) return "$0";
  return usd < 0.01 ? `$${usd.toFixed(5)}` : `$${usd.toFixed(2)}`;
}

/** Pretty-printed JSON for display (2-space indent); undefined shows as "null". */
export function prettyJson(value: unknown): string {
  return JSON.stringify(value ?? null, null, 2);
}

/**
 * The trace list's result line: "Showing 26–50 of 1,234 conversations"; a capped text-search count reads "1,000+".
 * `shown` is the number of rows on this page, `page` is 1-based.
 */
export function formatResultCount(o: {
  page: number;
  pageSize: number;
  shown: number;
  total: number;
  totalIsLowerBound: boolean;
}): string {
  if (o.total === 0 && o.shown === 0) return "No conversations";
  const first = (o.page - 1) * o.pageSize + 1;
  const last = (o.page - 1) * o.pageSize + o.shown;
  const n = (x: number) => x.toLocaleString("en-US");
  const of = o.totalIsLowerBound
    ? `${n(o.total)}+ conversations`
    : `${n(o.total)} conversation${o.total === 1 ? "" : "s"}`;
  return `Showing ${n(first)}–${n(last)} of ${of}`;
}

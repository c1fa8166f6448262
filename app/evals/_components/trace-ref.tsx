import Link from "next/link";

/** A conversation id: a link to its trace page when it is a stored trace, else the id as code (or a local anchor). */
export function TraceRef({
  id,
  storedIds,
  fallbackHref,
}: {
  id: string;
  storedIds: ReadonlySet<string>;
  fallbackHref?: string;
}) {
  if (storedIds.has(id))
    return (
      <Link href={`/traces/${encodeURIComponent(id)}`}>
        <code>{id}</code>
      </Link>
    );
  if (fallbackHref)
    return (
      <a href={fallbackHref}>
        <code>{id}</code>
      </a>
    );
  return <code>{id}</code>;
}

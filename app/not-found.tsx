import Link from "next/link";
import ui from "./_components/ui.module.css";

/** 404 for unknown pages (and unknown trace ids). */
export default function NotFound() {
  return (
    <div className={`${ui.page} ${ui.narrow} not-found`}>
      <h1>Page not found</h1>
      <p>We couldn&apos;t find what you were looking for. It may have been removed, or the link may be mistyped.</p>
      <p className="actions">
        <Link className="button button-primary" href="/">
          Chat with us
        </Link>
        <Link className="button button-secondary" href="/traces">
          Browse traces
        </Link>
      </p>
    </div>
  );
}

import Link from "next/link";
import ui from "../../_components/ui.module.css";
import { tc } from "../_lib/tc";

/** Shown for a trace id that matches no conversation. */
export default function TraceNotFound() {
  return (
    <div className={tc(`${ui.page} ${ui.narrow} not-found`)}>
      <h1>Trace not found</h1>
      <p>There is no conversation with that id. It may have been deleted, or the link may be incomplete.</p>
      <p className={tc("actions")}>
        <Link className={tc("button button-primary")} href="/traces">
          Back to all traces
        </Link>
      </p>
    </div>
  );
}

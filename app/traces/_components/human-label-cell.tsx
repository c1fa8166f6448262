import type { ListLabel } from "../_lib/label-filter";
import { tc } from "../_lib/tc";

/** A trace's human label in the list: pass, or fail with the names of its failure modes; "—" when unlabelled. */
export function HumanLabelCell({
  label,
  modeNames,
}: {
  label: ListLabel | undefined;
  modeNames: ReadonlyMap<string, string>;
}) {
  if (!label)
    return (
      <span className={tc("human-label human-none")}>
        <span aria-hidden="true">—</span>
        <span className={tc("visually-hidden")}>unlabelled</span>
      </span>
    );
  if (label.pass) return <span className={tc("human-label human-pass")}>pass</span>;
  const names = label.modes.map((m) => modeNames.get(m) ?? m);
  return (
    <span className={tc("human-label human-fail")} title={names.join(", ")}>
      fail{names.length > 0 && <span className={tc("human-modes")}>: {names.join(", ")}</span>}
    </span>
  );
}

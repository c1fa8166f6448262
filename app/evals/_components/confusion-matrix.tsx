import type { Confusion } from "../../../evals/index";
import align from "../alignment.module.css";

const cell = (extra?: string) => (extra ? `${align.cCell} ${extra}` : align.cCell);

/**
 * A 2×2 confusion matrix (pass = positive): rows are the human label, columns the evaluator's verdict. Disagreements
 * are marked red, except a single check's misses (`partial`): its mode's other checks catch those by design.
 */
export function ConfusionMatrix({
  c,
  evaluator,
  partial = false,
}: {
  c: Confusion;
  evaluator: string;
  partial?: boolean;
}) {
  return (
    <table className={align.confusion} aria-label={`Confusion matrix of ${evaluator}`}>
      <thead>
        <tr>
          <td className={align.cHead} />
          <th scope="col" className={align.cHead}>
            <span aria-hidden="true">eval ✓</span>
            <span className="visually-hidden">evaluator pass</span>
          </th>
          <th scope="col" className={align.cHead}>
            <span aria-hidden="true">eval ✗</span>
            <span className="visually-hidden">evaluator fail</span>
          </th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row" className={align.cRowHead}>
            <span aria-hidden="true">human ✓</span>
            <span className="visually-hidden">human pass</span>
          </th>
          <td className={cell(align.agree)} title="true positive">
            {c.tp}
          </td>
          <td className={cell(c.fn ? align.disagree : undefined)} title="false negative: a false alarm">
            {c.fn}
          </td>
        </tr>
        <tr>
          <th scope="row" className={align.cRowHead}>
            <span aria-hidden="true">human ✗</span>
            <span className="visually-hidden">human fail</span>
          </th>
          <td
            className={cell(c.fp && !partial ? align.disagree : undefined)}
            title={
              partial ? "failures of its mode this check leaves to the others" : "false positive: a missed failure"
            }
          >
            {c.fp}
          </td>
          <td className={cell(align.agree)} title="true negative">
            {c.tn}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

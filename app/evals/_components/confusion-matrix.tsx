import type { Confusion } from "../../../evals/index";
import align from "../alignment.module.css";

const cell = (extra?: string) => (extra ? `${align.cCell} ${extra}` : align.cCell);

/** A 2×2 confusion matrix (pass = positive): rows are the human label, columns the evaluator's verdict. */
export function ConfusionMatrix({ c, evaluator }: { c: Confusion; evaluator: string }) {
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
          <td className={cell(c.fp ? align.disagree : undefined)} title="false positive: a missed failure">
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

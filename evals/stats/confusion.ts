/** One labelled item: the human verdict and the evaluator's, with pass as the positive class. */
export interface Pair {
  id: string;
  human: boolean;
  predicted: boolean;
}

/** A confusion matrix with pass = positive: TPR = passes recognised, TNR = failures caught. */
export interface Confusion {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  n: number;
  /** null when there are no human passes. */
  tpr: number | null;
  /** null when there are no human failures. */
  tnr: number | null;
  /** Items where the evaluator and the human disagree. */
  disagreements: Pair[];
}

/** Counts the confusion matrix of evaluator verdicts against human labels (pass = positive). */
export function confusion(pairs: readonly Pair[]): Confusion {
  let tp = 0;
  let fn = 0;
  let fp = 0;
  let tn = 0;
  for (const p of pairs) {
    if (p.human && p.predicted) tp++;
    else if (p.human) fn++;
    else if (p.predicted) fp++;
    else tn++;
  }
  return {
    tp,
    fn,
    fp,
    tn,
    n: pairs.length,
    tpr: tp + fn ? tp / (tp + fn) : null,
    tnr: tn + fp ? tn / (tn + fp) : null,
    disagreements: pairs.filter((p) => p.human !== p.predicted),
  };
}

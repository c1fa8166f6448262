/** A rate as a percentage for people: 0.375 → "37.5%" (one decimal by default). */
export function pct(rate: number, digits = 1): string {
  return `${(rate * 100).toFixed(digits)}%`;
}

/** A change in percentage points with its sign: 0.012 → "+1.2 pts", -0.05 → "−5.0 pts", 0 → "±0.0 pts". */
export function signedPoints(delta: number): string {
  const points = (Math.abs(delta) * 100).toFixed(1);
  if (points === "0.0") return "±0.0 pts";
  return `${delta > 0 ? "+" : "−"}${points} pts`;
}

/** A confidence interval as text: "22.5–52.5%". */
export function ciText(lo: number, hi: number): string {
  return `${(lo * 100).toFixed(1)}–${(hi * 100).toFixed(1)}%`;
}

/** Gate status of a mode as icon + words, so the table never relies on color alone. */
export function gateLabel(status: "ok" | "over_threshold" | "regressed"): { icon: string; text: string } {
  if (status === "over_threshold") return { icon: "✗", text: "over threshold" };
  if (status === "regressed") return { icon: "✗", text: "regressed" };
  return { icon: "✓", text: "pass" };
}

/** What a human/evaluator disagreement means, pass being the positive class. */
export function disagreementKind(pair: { human: boolean; predicted: boolean }): string {
  return pair.human && !pair.predicted ? "false alarm" : "missed failure";
}

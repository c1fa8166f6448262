/** Flattens an xstate state value to a dotted name: { booking: "collecting" } → "booking.collecting". */
export function stateName(value: unknown): string {
  if (typeof value === "string") return value;
  const [k, v] = Object.entries((value ?? {}) as Record<string, unknown>)[0] ?? ["unknown", ""];
  return v === "" ? k : `${k}.${stateName(v)}`;
}

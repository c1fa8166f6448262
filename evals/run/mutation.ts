/** The registry source with one evaluator's line removed: the mutant `pnpm test:mutation` requires some test to kill. */
export function withoutEvaluator(registrySource: string, id: string): string {
  const lines = registrySource.split("\n");
  const hit = lines.filter((l) => l.includes(`id: "${id}"`));
  if (hit.length !== 1) throw new Error(`expected one registry line for ${id}, found ${hit.length}`);
  return lines.filter((l) => !l.includes(`id: "${id}"`)).join("\n");
}

/** The evaluator ids registered in a registry source, in order. */
export function registeredIds(registrySource: string): string[] {
  return [...registrySource.matchAll(/\{ id: "([a-z0-9-]+)", mode:/g)].map((m) => m[1]!);
}

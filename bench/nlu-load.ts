import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** CPU time (ms) to load the offline engine's recognisers and classifiers, in a fresh process, and the wall total. */
export interface NluLoad {
  importCpuMs: number;
  /** Loading the classifiers: from the committed artifact, or training them when it is out of date. */
  trainCpuMs: number;
  firstParseCpuMs: number;
  totalCpuMs: number;
  totalWallMs: number;
  /** "artifact" (the committed weights) or "trained" (the artifact is stale: `pnpm nlu:train`). */
  modelSource: string;
}

const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

/** Measures the entity layer's import, the classifiers' load (or training) and the recogniser's first full parse. */
export async function measureNluLoad(): Promise<NluLoad> {
  // Shared libraries every engine loads (zod, luxon) are loaded first, so they are not counted.
  await import("zod");
  await import("luxon");
  const w0 = performance.now();
  const c0 = cpuMs();
  const kb = await import("../knowledge-base/index");
  const { sharedModelSource, sharedUnderstandingModel } = await import("../chatbot/understanding/shared-model");
  const c1 = cpuMs();
  sharedUnderstandingModel();
  const c2 = cpuMs();
  kb.recognizeEntities("could I come in next saturday at quarter to 11?", {
    now: "2026-11-23T09:00:00-08:00",
    timeZone: "America/Los_Angeles",
  });
  const c3 = cpuMs();
  const r = (x: number) => Math.round(x);
  return {
    importCpuMs: r(c1 - c0),
    trainCpuMs: r(c2 - c1),
    firstParseCpuMs: r(c3 - c2),
    totalCpuMs: r(c3 - c0),
    totalWallMs: r(performance.now() - w0),
    modelSource: sharedModelSource(),
  };
}

/** `measureNluLoad` in `runs` fresh processes, one after another (a process loads the engine only once). */
export function measureNluLoadIsolated(runs: number): NluLoad[] {
  return Array.from({ length: runs }, () => {
    const out = execFileSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url)], {
      encoding: "utf8",
    });
    return JSON.parse(out) as NluLoad;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  measureNluLoad().then((x) => process.stdout.write(`${JSON.stringify(x)}\n`));
}

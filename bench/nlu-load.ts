import { fileURLToPath } from "node:url";

/** CPU time (ms) to load the offline engine's recognisers and train its classifiers, in a fresh process, and the wall total. */
export interface NluLoad {
  importCpuMs: number;
  trainCpuMs: number;
  firstParseCpuMs: number;
  totalCpuMs: number;
  totalWallMs: number;
}

const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

/** Measures the entity layer's import, the classifiers' training and the recogniser's first full parse. */
export async function measureNluLoad(): Promise<NluLoad> {
  // Shared libraries every engine loads (zod, luxon) are loaded first, so they are not counted.
  await import("zod");
  await import("luxon");
  const w0 = performance.now();
  const c0 = cpuMs();
  const kb = await import("../knowledge-base/index");
  const { sharedUnderstandingModel } = await import("../chatbot/understanding/shared-model");
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
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  measureNluLoad().then((x) => process.stdout.write(`${JSON.stringify(x)}\n`));
}

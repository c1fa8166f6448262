import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { stopProcessGroup } from "../../support/stop-process-group";

const NEXT_BIN = "node_modules/.bin/next";

/** A free TCP port on the loopback interface (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Runs `next build`; its output is shown only if it fails. */
export async function buildApp(cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  const child = spawn(NEXT_BIN, ["build"], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  const output: string[] = [];
  child.stdout?.on("data", (d) => output.push(String(d)));
  child.stderr?.on("data", (d) => output.push(String(d)));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`next build failed (exit ${code}):\n${output.join("")}`);
}

/** A running `next start`, with its log kept for failure reports. */
export interface AppServer {
  baseUrl: string;
  log(): string;
  stop(): Promise<void>;
}

/** Starts `next start` on a loopback port and waits until it answers. */
export async function startApp(cwd: string, port: number, env: NodeJS.ProcessEnv): Promise<AppServer> {
  const child = spawn(NEXT_BIN, ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const lines: string[] = [];
  child.stdout?.on("data", (d) => lines.push(String(d)));
  child.stderr?.on("data", (d) => lines.push(String(d)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const server: AppServer = { baseUrl, log: () => lines.join(""), stop: () => stopProcessGroup(child) };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${server.log()}`);
    try {
      const res = await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(5_000) });
      if (res.ok) return server;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  await server.stop();
  throw new Error(`next start did not answer on ${baseUrl} within 60 s:\n${server.log()}`);
}

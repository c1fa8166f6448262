import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { stopProcessGroup } from "../support/stop-process-group";

/** A running `phoenix serve` on loopback ports, with its working directory in a temporary folder. */
export interface PhoenixServer {
  baseUrl: string;
  log(): string;
  stop(): Promise<void>;
}

/** The Phoenix CLI: PHOENIX_BIN, else the virtualenv `tests/phoenix/install.sh` creates. */
export function phoenixBin(root: string): string {
  return process.env.PHOENIX_BIN ?? join(root, "tmp/phoenix-venv/bin/phoenix");
}

/** Starts Phoenix (HTTP + OTLP/HTTP on `port`, gRPC on `grpcPort`) and waits for /healthz, up to 3 minutes. */
export async function startPhoenix(root: string, port: number, grpcPort: number): Promise<PhoenixServer> {
  const bin = phoenixBin(root);
  if (!existsSync(bin)) throw new Error(`Phoenix not found at ${bin}; install it with: bash tests/phoenix/install.sh`);
  const env = {
    ...process.env,
    PHOENIX_WORKING_DIR: mkdtempSync(join(tmpdir(), "phoenix-")),
    PHOENIX_HOST: "127.0.0.1",
    PHOENIX_PORT: String(port),
    PHOENIX_GRPC_PORT: String(grpcPort),
    PHOENIX_TELEMETRY_ENABLED: "false",
    DO_NOT_TRACK: "1",
  };
  const child = spawn(bin, ["serve"], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const lines: string[] = [];
  const keep = (d: Buffer) => {
    lines.push(String(d));
    if (lines.length > 400) lines.splice(0, lines.length - 400);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  const server: PhoenixServer = { baseUrl, log: () => lines.join(""), stop: () => stopProcessGroup(child) };
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`phoenix serve exited with ${child.exitCode}:\n${server.log()}`);
    const ok = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return server;
    await sleep(500);
  }
  await server.stop();
  throw new Error(`phoenix serve did not answer on ${baseUrl} within 180 s:\n${server.log()}`);
}

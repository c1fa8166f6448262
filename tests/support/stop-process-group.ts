import type { ChildProcess } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";

/**
 * Stops a server the tests started in its own process group (spawned `detached`): SIGTERM to the group, SIGKILL if it
 * has not exited within 10 s. Only that server and its workers are signalled; an exited child is left alone.
 */
export async function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid, "SIGTERM");
  const timedOut = await Promise.race([exited.then(() => false), sleep(10_000).then(() => true)]);
  if (timedOut) process.kill(-child.pid, "SIGKILL");
}

import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** Starts the production build (`next start`) on a port and waits until it answers. */
export async function startServer(port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  if (!existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    throw new Error("No production build: run `npm run build` (or `npm start` once) first.");
  }
  if ((await healthStatus(port)) !== null) {
    throw new Error(`port ${port} is in use by another server already: stop it (or pick another port) first`);
  }
  const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  // BENCH_SERVER_NODE_ARGS go to the server's node only, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
  // to profile it under a benchmark's load (the profile is written when the server stops).
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const server = spawn(process.execPath, [...nodeArgs, nextBin, "start", "-p", String(port)], {
    env: { ...process.env, NEXTAUTH_URL: `http://localhost:${port}`, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`the server on port ${port} exited (${server.exitCode ?? server.signalCode}) before answering`);
    }
    if ((await healthStatus(port)) === 200) return server;
    await new Promise((r) => setTimeout(r, 250));
  }
  server.kill("SIGKILL");
  throw new Error(`the server did not answer on port ${port} within 30 s`);
}

/**
 * The HTTP status of the health check on the port, or null when nothing replies. A bounded wait:
 * a server that accepts the connection but never replies must not hang the caller.
 */
async function healthStatus(port: number): Promise<number | null> {
  try {
    const response = await fetch(`http://localhost:${port}/api/health`, { signal: AbortSignal.timeout(5_000) });
    await response.body?.cancel();
    return response.status;
  } catch {
    return null;
  }
}

export function stopServer(server: ChildProcess) {
  return new Promise<void>((resolve) => {
    if (server.exitCode !== null || server.signalCode !== null) return resolve();
    server.once("exit", () => resolve());
    server.kill("SIGTERM");
  });
}

/**
 * The server's peak resident memory so far, in MB (Linux: VmHWM of /proc/<pid>/status): read it
 * after the load and before stopping the server. Null where /proc is not there.
 */
export function peakMemoryMb(server: ChildProcess): number | null {
  try {
    const status = readFileSync(`/proc/${server.pid}/status`, "utf8");
    const kb = Number(status.match(/^VmHWM:\s+(\d+) kB/m)?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

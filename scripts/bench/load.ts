import { spawnSync } from "node:child_process";
import autocannon from "autocannon";

export type LoadResult = {
  name: string;
  url: string;
  /** The load generator: wrk (Debian's package) when installed, else autocannon (npm). */
  tool: "wrk" | "autocannon";
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  bytesPerRequest: number;
};

function hasWrk(): boolean {
  return spawnSync("wrk", ["--version"], { encoding: "utf8" }).error === undefined;
}

/** wrk's duration text ("812.00us", "4.80ms", "1.28s") in milliseconds. */
function wrkMs(text: string): number {
  const match = text.match(/([\d.]+)(us|ms|s)/);
  if (!match) return NaN;
  const value = Number(match[1]);
  return match[2] === "us" ? value / 1000 : match[2] === "s" ? value * 1000 : value;
}

/** wrk's size text ("79.35MB") in bytes. */
function wrkBytes(text: string): number {
  const match = text.match(/([\d.]+)([KMG]?B)/);
  if (!match) return NaN;
  return Number(match[1]) * { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 }[match[2] as "B" | "KB" | "MB" | "GB"];
}

function measureWithWrk(name: string, url: string, connections: number, durationSeconds: number): LoadResult {
  // Warm-up, as with autocannon: the first requests fill Next's caches and the JIT.
  spawnSync("wrk", ["-t2", "-c10", "-d2s", url]);
  const out = spawnSync("wrk", ["-t2", `-c${connections}`, `-d${durationSeconds}s`, "--latency", url], { encoding: "utf8" }).stdout;
  const line = (pattern: RegExp) => out.split("\n").find((l) => pattern.test(l)) ?? "";
  const requestsPerSecond = Number(line(/^Requests\/sec:/).split(":")[1]);
  const socketErrors = line(/Socket errors:/).match(/\d+/g)?.map(Number) ?? [];
  const total = Number(line(/requests in/).trim().split(/\s+/)[0]);
  return {
    name,
    url,
    tool: "wrk",
    requestsPerSecond: Math.round(requestsPerSecond),
    p50: wrkMs(line(/^\s+50%/)),
    p99: wrkMs(line(/^\s+99%/)),
    errors: socketErrors.reduce((a, b) => a + b, 0),
    non2xx: Number(line(/Non-2xx/).match(/\d+/)?.[0] ?? 0),
    bytesPerRequest: Math.round(wrkBytes(line(/requests in/).split(",")[1] ?? "") / Math.max(1, total)),
  };
}

/**
 * Loads one URL with 50 connections and keeps the figures the reports need. wrk is preferred:
 * autocannon runs in Node on the same two cores and, past a few thousand requests a second,
 * measures itself (it tops out near 4,800 a second on a static file nginx serves at 60,000).
 */
export async function measure(name: string, url: string, connections = 50, durationSeconds = 10): Promise<LoadResult> {
  if (hasWrk()) return measureWithWrk(name, url, connections, durationSeconds);
  await autocannon({ url, connections: 10, amount: 200 });
  const result = await autocannon({ url, connections, duration: durationSeconds });
  return {
    name,
    url,
    tool: "autocannon",
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    bytesPerRequest: Math.round(result.throughput.average / Math.max(1, result.requests.average)),
  };
}

export function formatTable(results: LoadResult[]): string {
  const header =
    "| page | requests/s | p50 ms | p99 ms | errors | non-2xx | bytes/request | load generator |\n|---|---:|---:|---:|---:|---:|---:|---|";
  const rows = results.map(
    (r) =>
      `| ${r.name} | ${r.requestsPerSecond} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.errors} | ${r.non2xx} | ${r.bytesPerRequest} | ${r.tool} |`,
  );
  return [header, ...rows].join("\n");
}

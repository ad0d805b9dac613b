import autocannon from "autocannon";

export type LoadResult = {
  name: string;
  url: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  bytesPerRequest: number;
};

/** Runs autocannon against one URL and keeps the figures the reports need. */
export async function measure(name: string, url: string, connections = 50, durationSeconds = 10): Promise<LoadResult> {
  // Warm-up: the first requests fill Next's caches and the JIT.
  await autocannon({ url, connections: 10, amount: 200 });
  const result = await autocannon({ url, connections, duration: durationSeconds });
  return {
    name,
    url,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    bytesPerRequest: Math.round(result.throughput.average / Math.max(1, result.requests.average)),
  };
}

export function formatTable(results: LoadResult[]): string {
  const header = "| page | requests/s | p50 ms | p99 ms | errors | non-2xx | bytes/request |\n|---|---:|---:|---:|---:|---:|---:|";
  const rows = results.map(
    (r) => `| ${r.name} | ${r.requestsPerSecond} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${r.bytesPerRequest} |`,
  );
  return [header, ...rows].join("\n");
}

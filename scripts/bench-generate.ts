/**
 * Generation speed on 5, 50 and 500 articles (copies of the sample set, each copy made
 * distinct so nothing is cached), in-process. Prints articles per second and peak memory.
 *   npm run bench:generate
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { generateModule, type ArticleInput } from "../lib/generator";

const sampleDir = path.resolve(import.meta.dirname, "../content/sample");
const sample: ArticleInput[] = readdirSync(sampleDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((file) => ({ file, text: readFileSync(path.join(sampleDir, file), "utf8") }));

function articles(n: number): ArticleInput[] {
  return Array.from({ length: n }, (_, i) => {
    const base = sample[i % sample.length]!;
    // A different closing line per copy keeps the texts distinct.
    return { file: `${String(i).padStart(4, "0")}-${base.file}`, text: `${base.text}\n\nCopy ${i} of the report was filed for the benchmark.` };
  });
}

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 5);

// Warm-up: loading the language model and the gazetteer is a one-off cost per process.
const warmStart = performance.now();
generateModule(articles(5));
const warmMs = performance.now() - warmStart;

console.log(`first call (loads model + gazetteer): ${warmMs.toFixed(0)} ms`);
console.log("| articles | time (ms) | articles/s | ms per article | peak RSS (MB) |");
console.log("|---|---|---|---|---|");
for (const n of [5, 50, 500]) {
  const inputs = articles(n);
  const start = performance.now();
  generateModule(inputs, { limits: { maxFiles: 1000, maxTotalBytes: 100_000_000 } });
  const ms = performance.now() - start;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  console.log(`| ${n} | ${ms.toFixed(0)} | ${(n / (ms / 1000)).toFixed(1)} | ${(ms / n).toFixed(1)} | ${(peakRss / 1e6).toFixed(0)} |`);
}
clearInterval(sampler);

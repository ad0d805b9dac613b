/**
 * npm run lighthouse: Lighthouse (mobile) on the module page of the production build, in
 * Debian's Chromium. Prints the four category scores; writes the full report to
 * docs/lighthouse-module.json. Needs a build (`npm start` once, or `npm run build`).
 */
import { writeFileSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { startServer, stopServer } from "./bench/server";

const PORT = Number(process.env.BENCH_PORT ?? 3301);
const PATH = process.argv[2] ?? "/modules/pakistan-afghan-taliban-talks-2025";

async function main() {
  const server = await startServer(PORT);
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    const result = await lighthouse(`http://localhost:${PORT}${PATH}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    });
    if (!result) throw new Error("Lighthouse returned no result");
    const { categories, audits } = result.lhr;
    for (const [id, category] of Object.entries(categories)) {
      console.log(`${id.padEnd(16)} ${Math.round((category.score ?? 0) * 100)}`);
    }
    for (const audit of Object.values(audits)) {
      if (audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode === "binary") {
        console.log(`  failing: ${audit.id}: ${audit.title}`);
      }
    }
    console.log(`  LCP ${audits["largest-contentful-paint"]?.displayValue}, TBT ${audits["total-blocking-time"]?.displayValue}, CLS ${audits["cumulative-layout-shift"]?.displayValue}`);
    writeFileSync("docs/lighthouse-module.json", JSON.stringify(result.lhr.categories, null, 2));
  } finally {
    await chrome.kill();
    await stopServer(server);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

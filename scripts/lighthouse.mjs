/**
 * npm run lighthouse [-- <path>]: Lighthouse (mobile) on the module page of the production
 * build, in Debian's Chromium. Prints the four category scores and any failing audit.
 * Needs a build (`npm start` once, or `npm run setup && npm run build`).
 * Plain JavaScript on purpose: Lighthouse sends functions into the page, and a TypeScript
 * loader's helpers (esbuild's __name) would break them there.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const PORT = Number(process.env.BENCH_PORT ?? 3301);
const PAGE = process.argv[2] ?? "/modules/pakistan-afghan-taliban-talks-2025";

async function startServer() {
  const nextBin = path.join("node_modules", "next", "dist", "bin", "next");
  const server = spawn(process.execPath, [nextBin, "start", "-p", String(PORT)], {
    env: { ...process.env, NEXTAUTH_URL: `http://localhost:${PORT}` },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://localhost:${PORT}/api/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  server.kill("SIGKILL");
  throw new Error("the server did not start");
}

const server = await startServer();
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-background-networking", "--disable-component-update"],
});
try {
  const result = await lighthouse(`http://localhost:${PORT}${PAGE}`, {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
  });
  const { categories, audits } = result.lhr;
  for (const [id, category] of Object.entries(categories)) {
    console.log(`${id.padEnd(16)} ${Math.round((category.score ?? 0) * 100)}`);
  }
  for (const audit of Object.values(audits)) {
    if (audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== "informative") {
      console.log(`  below 90: ${audit.id}: ${audit.title} ${audit.displayValue ?? ""}`);
    }
  }
  const metric = (id) => audits[id]?.displayValue;
  console.log(`  FCP ${metric("first-contentful-paint")}, LCP ${metric("largest-contentful-paint")}, TBT ${metric("total-blocking-time")}, CLS ${metric("cumulative-layout-shift")}`);
} finally {
  await chrome.kill();
  server.kill("SIGTERM");
}

/**
 * Precision and recall of the generator against the hand-made references.
 *   npm run quality:generator            (table on stdout)
 *   npm run quality:generator -- --misses (also lists every miss)
 * Sets: content/sample (reference content/gold/sample.json) and every
 * content/test-sets/<name>/ (reference gold.json inside the folder).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { generateModuleFromFolder } from "../lib/generator";
import { evaluateModule, type Gold, type QualityReport, type Score } from "../lib/generator/quality";

const root = path.resolve(import.meta.dirname, "..");
const sets: { name: string; dir: string; gold: string }[] = [
  { name: "sample (in-sample: rules written while reading it)", dir: path.join(root, "content/sample"), gold: path.join(root, "content/gold/sample.json") },
];
const testRoot = path.join(root, "content/test-sets");
if (existsSync(testRoot)) {
  for (const name of readdirSync(testRoot).sort()) {
    const dir = path.join(testRoot, name);
    if (existsSync(path.join(dir, "gold.json"))) sets.push({ name, dir, gold: path.join(dir, "gold.json") });
  }
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const cell = (s: Score) => `${pct(s.precision)} / ${pct(s.recall)} (${s.tp}/${s.tp + s.fp}/${s.tp + s.fn})`;
const kinds: [keyof QualityReport, string][] = [
  ["people", "people"],
  ["peopleWithRoles", "people with right role"],
  ["organizations", "organisations"],
  ["places", "places"],
  ["datedEvents", "dated events"],
  ["disagreements", "disagreements"],
  ["boilerplate", "boilerplate lines"],
];

const showMisses = process.argv.includes("--misses");
const reports = sets.map((s) => {
  const generated = generateModuleFromFolder(s.dir);
  const gold = JSON.parse(readFileSync(s.gold, "utf8")) as Gold;
  return { set: s, report: evaluateModule(generated, gold), questions: generated.questions.length };
});

console.log("Precision / recall (true positives / predicted / reference)\n");
console.log(`| kind | ${reports.map((r) => r.set.name).join(" | ")} |`);
console.log(`|---|${reports.map(() => "---").join("|")}|`);
for (const [key, label] of kinds) {
  console.log(`| ${label} | ${reports.map((r) => cell(r.report[key] as Score)).join(" | ")} |`);
}
console.log(`| side of matched people | ${reports.map((r) => pct(r.report.sideAccuracy)).join(" | ")} |`);
console.log(`| questions generated | ${reports.map((r) => r.questions).join(" | ")} |`);
if (showMisses) {
  for (const r of reports) {
    console.log(`\n## ${r.set.name}`);
    for (const [kind, list] of Object.entries(r.report.misses)) for (const m of list) console.log(`- ${kind}: ${m}`);
  }
}

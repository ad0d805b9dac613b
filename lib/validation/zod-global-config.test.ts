import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// instrumentation-client.ts hands zod its settings through globalThis before zod loads. A fresh
// process shows whether zod still takes them from there, and whether a jitless zod then builds and
// runs an object schema without ever calling the Function constructor (what CSP would refuse).
const probe = `
  globalThis.__zod_globalConfig = { jitless: true };
  const { z } = require("zod");
  let evals = 0;
  const RealFunction = Function;
  globalThis.Function = new Proxy(RealFunction, { construct(t, a) { evals++; return Reflect.construct(t, a); }, apply(t, s, a) { evals++; return Reflect.apply(t, s, a); } });
  const schema = z.object({ name: z.string().min(1), size: z.number() });
  const ok = schema.safeParse({ name: "a", size: 1 }).success && !schema.safeParse({ name: "", size: 1 }).success;
  console.log(JSON.stringify({ jitless: z.config().jitless, ok, evals }));
`;

describe("zod's browser settings", () => {
  it("are read from globalThis, and a jitless zod parses without eval", () => {
    const run = spawnSync(process.execPath, ["-e", probe], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual({ jitless: true, ok: true, evals: 0 });
  });
});

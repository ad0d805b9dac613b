import Module from "node:module";
import path from "node:path";

// Lets a script load the app's server-only modules (lib/**/queries): the `server-only` marker
// throws outside React Server Components, so it is resolved to an empty module, as Vitest does
// (vitest.config.mts). tsx runs scripts as CommonJS, so the require resolver is enough.
const EMPTY = path.join(process.cwd(), "tests", "support", "empty-module.ts");

type Resolve = (request: string, ...rest: unknown[]) => string;
const cjs = Module as unknown as { _resolveFilename: Resolve };
const original = cjs._resolveFilename;
cjs._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
  return original.call(this, request === "server-only" ? EMPTY : request, ...rest);
};

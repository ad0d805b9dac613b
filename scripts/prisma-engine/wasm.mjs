// Loads Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm).
import { readFile } from "node:fs/promises";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";

/**
 * The Wasm engine reports why it panicked through this global before it traps; keep the reason.
 * @type {string | undefined}
 */
let lastPanicMessage;
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  set_message(/** @type {string} */ message) {
    lastPanicMessage = message;
  },
};

/** @returns {string | undefined} why the Wasm engine last panicked */
export function panicMessage() {
  return lastPanicMessage;
}

/**
 * Rejects when the Wasm engine panics. A panic in the engine's async work traps in a microtask, so
 * it surfaces as an uncaught RuntimeError instead of rejecting the pending call. Any other uncaught
 * error still ends the process, as it would without this handler.
 * @type {Promise<never>}
 */
export const wasmPanic = new Promise((_resolve, reject) => {
  process.on("uncaughtException", (error) => {
    if (!(error instanceof WebAssembly.RuntimeError)) {
      process.stderr.write(`${error?.stack ?? error}\n`);
      process.exit(1);
    }
    reject(error);
  });
});
wasmPanic.catch(() => {});

/** @type {Promise<typeof glue> | undefined} */
let loading;

/**
 * The package's entry point imports the .wasm file as an ES module, which Node only allows behind
 * --experimental-wasm-modules, so the wasm-bindgen glue is wired to the instance by hand here.
 */
function loadWasm() {
  loading ??= (async () => {
    const glueUrl = import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(new URL("./schema_engine_bg.wasm", glueUrl));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
    glue.__wbg_set_wasm(instance.exports);
    /** @type {any} */ (instance.exports).__wbindgen_start();
    return glue;
  })();
  return loading;
}

/** @returns {Promise<string>} the git hash of prisma-engines the Wasm engine was built from */
export async function wasmEngineVersion() {
  return (await loadWasm()).version();
}

/**
 * Starts a Wasm schema engine. It connects to the main database through the factory at once.
 * @param {object} options
 * @param {[string, string][] | undefined} options.datamodels pairs of schema file path and content
 * @param {object} options.factory an adapter factory bound by bindMigrationAwareSqlAdapterFactory
 * @param {(line: string) => void} options.onLog receives each engine log event as a JSON string
 * @returns {Promise<import("@prisma/schema-engine-wasm").SchemaEngine>}
 */
export async function startWasmEngine({ datamodels, factory, onLog }) {
  const { SchemaEngine } = await loadWasm();
  return SchemaEngine.new({ datamodels }, onLog, factory);
}

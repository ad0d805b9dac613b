// The native engine's RPC mode: newline-delimited JSON-RPC 2.0 on stdin/stdout, one call at a
// time. The engine may itself send the CLI a `print` request, which the CLI acknowledges.
import readline from "node:readline";
import { ENGINE_ERROR_CODE, toEngineErrorData, writeLogLine } from "./errors.mjs";
import { callMethod } from "./methods.mjs";
import { createSession } from "./session.mjs";
import { panicMessage, wasmPanic } from "./wasm.mjs";

/** @param {object} message */
function send(message) {
  return new Promise((resolve) => process.stdout.write(`${JSON.stringify(message)}\n`, resolve));
}

/**
 * Serves calls until the CLI closes stdin (it then kills the process).
 * @param {Parameters<typeof createSession>[0]} options
 */
export function serveRpc(options) {
  /** @type {import("./session.mjs").Session | undefined} */
  let session;
  /** Our own requests (`print`) waiting for the CLI's answer, by id. */
  const waiting = new Map();
  let nextRequestId = 1;
  let calls = Promise.resolve();

  /** @param {string} content */
  const print = (content) =>
    new Promise((resolve) => {
      const id = nextRequestId++;
      waiting.set(id, resolve);
      send({ jsonrpc: "2.0", id, method: "print", params: { content } });
    });

  /** @param {{ id?: number | string, method: string, params?: unknown }} request */
  async function answer({ id, method, params }) {
    try {
      // Opened at the first call, so that a bad datasource is reported to that call.
      session ??= createSession(options);
      const result = await Promise.race([
        callMethod(method, params, { session, print }),
        wasmPanic,
      ]);
      if (id !== undefined) await send({ jsonrpc: "2.0", id, result });
    } catch (error) {
      const data = toEngineErrorData(error, session?.factory, panicMessage());
      // The CLI shows `message` for a panic, and `data.message` otherwise.
      const message = data.is_panic
        ? data.message
        : "An error happened. Check the data field for details.";
      await send({
        jsonrpc: "2.0",
        id: id ?? null,
        error: { code: ENGINE_ERROR_CODE, message, data },
      });
      // A Wasm instance cannot be used after it panicked: exit as a crashed native engine does.
      if (data.is_panic) process.exit(101);
    }
  }

  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      writeLogLine("ERROR", {
        message: `Could not parse a JSON-RPC message: ${line.slice(0, 200)}`,
      });
      return;
    }
    if (typeof message.method === "string") {
      calls = calls.then(() => answer(message));
    } else {
      waiting.get(message.id)?.();
      waiting.delete(message.id);
    }
  });
  return new Promise((resolve) => lines.on("close", () => resolve(calls)));
}

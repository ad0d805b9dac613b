// Errors in the forms the Prisma CLI reads from a schema engine: the `data` of a JSON-RPC error
// (RPC mode) and JSON log lines on stderr (`cli` mode and engine logs).

/** An error with a Prisma error code (P1003, ...), shown to the user as the native engine would. */
export class UserFacingError extends Error {
  /**
   * @param {string} code
   * @param {string} message
   * @param {Record<string, unknown>} [meta]
   */
  constructor(code, message, meta = {}) {
    super(message);
    this.name = "UserFacingError";
    this.code = code;
    this.meta = meta;
  }
}

/** The JSON-RPC error code the native engine uses for every failed call. */
export const ENGINE_ERROR_CODE = 4466;

/**
 * @typedef {object} EngineErrorData
 * @property {boolean} is_panic
 * @property {string} message
 * @property {string} [error_code]
 * @property {Record<string, unknown>} [meta]
 */

/**
 * Turns whatever a call threw (a Wasm engine error, a Wasm panic, an adapter error, one of ours)
 * into the `data` the native engine would send.
 * @param {unknown} error
 * @param {{ errorRegistry?: { consumeError(id: number): { error: unknown } | undefined } }} [factory]
 *   the bound adapter factory, whose registry holds the driver errors the engine only refers to by id
 * @param {string} [panicMessage] what the Wasm engine said when it panicked
 * @returns {EngineErrorData}
 */
export function toEngineErrorData(error, factory, panicMessage) {
  if (error instanceof WebAssembly.RuntimeError) {
    return { is_panic: true, message: panicMessage ?? error.message };
  }
  const { message = String(error), code, meta } = /** @type {any} */ (error ?? {});
  const data = { is_panic: false, message: explainExternalErrors(message, factory) };
  return typeof code === "string" && /^P\d{4}$/.test(code)
    ? { ...data, error_code: code, meta: meta ?? {} }
    : data;
}

/**
 * The Wasm engine reports a driver error it cannot map as "External error id#N"; the error itself
 * waits in the adapter factory's registry. Put its message in place of the id.
 * @param {string} message
 * @param {Parameters<typeof toEngineErrorData>[1]} factory
 */
function explainExternalErrors(message, factory) {
  return message.replace(/External error id#(\d+)/g, (text, id) => {
    const record = factory?.errorRegistry?.consumeError(Number(id));
    if (!record) return text;
    const cause = /** @type {any} */ (record.error);
    return `Driver adapter error: ${cause?.message ?? String(cause)}`;
  });
}

/**
 * Writes one log line to stderr, in the native engine's JSON log format.
 * @param {"INFO" | "ERROR"} level
 * @param {Record<string, unknown>} fields
 */
export function writeLogLine(level, fields) {
  process.stderr.write(`${JSON.stringify({ level, target: "schema_engine::logger", fields })}\n`);
}

// The native engine's `cli <command>` mode: one job, then exit. The Prisma CLI reads the outcome
// from the exit code and, on failure, from the JSON log lines on stderr (it skips the first line).
import { toEngineErrorData, writeLogLine } from "./errors.mjs";
import { providerFor } from "./providers.mjs";

/** @type {Record<string, (provider: import("./providers.mjs").Provider, url: string) => Promise<unknown>>} */
const COMMANDS = {
  "can-connect-to-database": (provider, url) => provider.canConnect(url),
  "create-database": (provider, url) => provider.createDatabase(url),
  "drop-database": (provider, url) => provider.dropDatabase(url),
};

/**
 * @param {string | undefined} command
 * @param {{ url?: string } | undefined} datasource
 * @returns {Promise<number>} the exit code
 */
export async function runCliCommand(command, datasource) {
  writeLogLine("INFO", { message: `Starting schema engine CLI command: ${command}` });
  try {
    const run = command && COMMANDS[command];
    if (!run) throw new Error(`Unknown schema engine CLI command: ${command ?? "(none)"}.`);
    await run(providerFor(datasource?.url), /** @type {string} */ (datasource?.url));
    return 0;
  } catch (error) {
    const { message, error_code } = toEngineErrorData(error);
    writeLogLine("ERROR", { error_code, message });
    return 1;
  }
}

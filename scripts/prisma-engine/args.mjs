// The native engine's command line, as the Prisma CLI builds it:
//   schema-engine [--datamodels <file>]... [--datasource <json>] [--enabled-preview-features <list>]
//                 [--extension-types <json>] [cli <command>]
//   schema-engine --version
import { parseArgs } from "node:util";

/**
 * @param {string[]} argv
 */
export function parseEngineArgs(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      version: { type: "boolean", short: "V" },
      datamodels: { type: "string", short: "d", multiple: true },
      datasource: { type: "string" },
      // Accepted but unused: the Wasm engine reads preview features from the schema itself, and
      // has no option for extension types.
      "enabled-preview-features": { type: "string" },
      "extension-types": { type: "string" },
    },
  });
  const [mode, command] = positionals;
  if (mode !== undefined && mode !== "cli") throw new Error(`Unexpected argument: ${mode}`);
  return {
    version: values.version ?? false,
    /** @type {string | undefined} set in `cli` mode */
    cliCommand: mode === "cli" ? command : undefined,
    schemaFiles: values.datamodels ?? [],
    /** @type {{ url: string, shadowDatabaseUrl?: string } | undefined} */
    datasource: values.datasource ? JSON.parse(values.datasource) : undefined,
  };
}

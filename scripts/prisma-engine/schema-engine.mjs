#!/usr/bin/env node
// Stands in for Prisma's native `schema-engine` binary, which the CLI cannot download offline:
// the same command line and protocol, on top of @prisma/schema-engine-wasm and driver adapters.
// See README.md in this folder.
import { parseEngineArgs } from "./args.mjs";
import { runCliCommand } from "./cli-commands.mjs";
import { writeLogLine } from "./errors.mjs";
import { serveRpc } from "./rpc-server.mjs";
import { wasmEngineVersion } from "./wasm.mjs";

let args;
try {
  args = parseEngineArgs(process.argv.slice(2));
} catch (error) {
  writeLogLine("ERROR", {
    message: `Invalid schema engine arguments: ${/** @type {Error} */ (error).message}`,
  });
  process.exit(1);
}

if (args.version) {
  console.log(`schema-engine-cli ${await wasmEngineVersion()} (Wasm stand-in)`);
} else if (args.cliCommand !== undefined) {
  process.exitCode = await runCliCommand(args.cliCommand, args.datasource);
} else {
  await serveRpc(args);
}

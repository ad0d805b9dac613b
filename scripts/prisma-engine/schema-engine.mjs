#!/usr/bin/env node
// placeholder: replaced by the Wasm stand-in
console.log("schema-engine-cli 0.0.0");

/** Zod's settings in the browser (set by instrumentation-client.ts): no parsers compiled with eval. */
export const ZOD_BROWSER_CONFIG = { jitless: true } as const;

// Runs in the browser before any of Parley's own code (Next's instrumentation-client convention).
// Zod 4 compiles fast parsers with `new Function` unless told not to, and finds out whether it
// may by trying once: under Parley's content security policy (no 'unsafe-eval') that try is
// refused and reported as a CSP violation on every page whose forms validate with zod. The
// forms' schemas are small, so the interpreted parser loses nothing a user could notice.
//
// This must be in place before the first schema is built. Zod keeps its settings on globalThis
// (so that copies of zod in one page share them) and keeps what it finds there; setting them
// there, instead of importing zod's `config()`, keeps zod out of pages that have no form
// (importing it here added 5 KB gzipped to every page). lib/validation/zod-global-config.test.ts
// checks that zod still reads them from there.
(globalThis as { __zod_globalConfig?: object }).__zod_globalConfig = { jitless: true };

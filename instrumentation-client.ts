import { config } from "zod/v4/core";

// Runs in the browser before any of Parley's own code (Next's instrumentation-client convention).
// Zod 4 compiles fast parsers with `new Function` unless told not to, and finds out whether it
// may by trying once: under Parley's content security policy (no 'unsafe-eval') that try is
// refused and reported as a CSP violation on every page whose forms validate with zod. The
// forms' schemas are small, so the interpreted parser loses nothing a user could notice. This
// must run before the first schema is built, which is why it lives here and not in a component.
config({ jitless: true });

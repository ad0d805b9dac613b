import { randomUUID } from "node:crypto";

/** An address no other test (or earlier run) has used. */
export function uniqueEmail(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@e2e.parley.test`;
}

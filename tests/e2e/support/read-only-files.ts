import { spawnSync } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

// A disk that refuses writes, for the SQLite fault test, made honestly on a machine where the
// tests run as root (CI does): file permissions do not stop root, and a filesystem cannot be
// remounted read-only while a server holds files on it open for writing. The immutable flag
// (chattr +i) does stop root: while it is set, every write to the file fails (EPERM), as on a
// disk gone read-only under a running server, and clearing it makes the file writable again.

/** Why the immutable flag cannot be used here (not root, no chattr, a filesystem without it), or null. */
export function whyNoImmutableFiles(dir: string): string | null {
  if (process.getuid?.() !== 0) return "making a file immutable (chattr +i) needs root (CAP_LINUX_IMMUTABLE)";
  const probe = path.join(dir, `.immutable-probe-${process.pid}`);
  writeFileSync(probe, "");
  try {
    const set = spawnSync("chattr", ["+i", probe], { encoding: "utf8" });
    if (set.error) return `chattr is not installed (${set.error.message})`;
    if (set.status !== 0) return `this filesystem does not take the immutable flag: ${set.stderr.trim()}`;
    return null;
  } finally {
    spawnSync("chattr", ["-i", probe]);
    rmSync(probe, { force: true });
  }
}

/** Sets or clears the immutable flag on those of `files` that exist. */
export function setImmutable(files: string[], immutable: boolean): void {
  const present = files.filter((file) => existsSync(file));
  if (present.length === 0) return;
  const run = spawnSync("chattr", [immutable ? "+i" : "-i", ...present], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`chattr ${immutable ? "+i" : "-i"} failed: ${run.stderr}`);
}

import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** nginx from Debian's package (`apt-get install nginx`), or null when the machine lacks it. */
export function findNginx(): string | null {
  for (const candidate of ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"]) {
    if (existsSync(candidate)) return candidate;
  }
  const which = spawnSync("which", ["nginx"], { encoding: "utf8" });
  return which.status === 0 ? which.stdout.trim() : null;
}

export type Nginx = { process: ChildProcess; prefix: string };

/**
 * Runs nginx with the deployment's config (deploy/nginx.conf.template) in front of app servers,
 * in a throwaway directory. `staticFiles` adds a plain static-file server on another port: the
 * yardstick for what the machine can serve at all.
 */
export async function startNginx(options: {
  port: number;
  upstreamPorts: number[];
  staticFiles?: { port: number; files: Record<string, string> };
}): Promise<Nginx> {
  const binary = findNginx();
  if (!binary) throw new Error("nginx is not installed (apt-get install nginx)");
  const prefix = mkdtempSync(path.join(os.tmpdir(), "parley-nginx-"));
  // nginx's workers drop to an unprivileged user when started as root: let them use the cache.
  chmodSync(prefix, 0o777);
  for (const dir of ["cache", "client-body", "proxy-temp", "static"]) {
    mkdirSync(path.join(prefix, dir));
    chmodSync(path.join(prefix, dir), 0o777);
  }
  let extra = "";
  if (options.staticFiles) {
    for (const [name, content] of Object.entries(options.staticFiles.files)) {
      writeFileSync(path.join(prefix, "static", name), content);
    }
    extra = `server { listen 127.0.0.1:${options.staticFiles.port}; root ${prefix}/static; default_type text/html; }`;
  }
  const template = readFileSync(path.join(process.cwd(), "deploy", "nginx.conf.template"), "utf8");
  const config = template
    .replaceAll("{{PREFIX}}", prefix)
    .replaceAll("{{LISTEN}}", `127.0.0.1:${options.port}`)
    .replaceAll("{{UPSTREAM_SERVERS}}", options.upstreamPorts.map((p) => `server 127.0.0.1:${p};`).join("\n    "))
    .replaceAll("{{EXTRA_SERVERS}}", extra);
  const configPath = path.join(prefix, "nginx.conf");
  writeFileSync(configPath, config);

  const child = spawn(binary, ["-p", prefix, "-c", configPath, "-g", "daemon off;"], { stdio: ["ignore", "ignore", "inherit"] });
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}: see ${prefix}/error.log`);
    try {
      await fetch(`http://127.0.0.1:${options.port}/api/health`);
      return { process: child, prefix };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill("SIGKILL");
  throw new Error("nginx did not start within 10 s");
}

export function stopNginx(nginx: Nginx) {
  return new Promise<void>((resolve) => {
    nginx.process.once("exit", () => {
      rmSync(nginx.prefix, { recursive: true, force: true });
      resolve();
    });
    nginx.process.kill("SIGQUIT");
  });
}

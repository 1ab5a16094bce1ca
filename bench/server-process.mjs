/**
 * Bench: the server in its own process (issue 13 item 4). The server is bundled from the sources by
 * esbuild into the run's data folder (a stale `dist` never runs) and started with the bench settings
 * (fixed clock start, throttles off, loopback only). Used by every figure that talks to a server.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const ADMIN_PASSWORD = "Bench#Secure2026x";
/** A working Tuesday, 10:00 in Asia/Shanghai: the counters are open. */
export const CLOCK_START = "2026-03-10T02:00:00Z";

/** Bundles a server entry (default the server's main) with the workspace packages from their sources. */
export async function bundleServer(outDir, entry = "apps/server/src/main.ts", name = "server.mjs") {
  const outfile = join(outDir, name);
  await build({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "error",
    plugins: [
      {
        name: "workspace-sources",
        setup(b) {
          b.onResolve({ filter: /^@ccms\/(core|db|contracts)$/ }, (a) => ({ path: join(root, `packages/${a.path.slice(6)}/src/index.ts`) }));
          b.onResolve({ filter: /^[^./]/ }, (a) => (a.path.endsWith(".json") ? undefined : { path: a.path, external: true }));
        },
      },
    ],
  });
  return outfile;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * Starts one server process and waits until it listens. `databaseUrl` → PostgreSQL (instances of one
 * database share the audit key); `clockStart` → the instant its clock starts at (default CLOCK_START);
 * `env` → further settings for this instance.
 */
export async function startServer(script, { dataDir, databaseUrl, demo = true, clockStart = CLOCK_START, env = {} }) {
  const port = await freePort();
  const child = spawn(process.execPath, [script], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      CCMS_DATA_DIR: dataDir,
      CCMS_DATABASE_URL: databaseUrl ?? "",
      CCMS_DEMO: demo ? "1" : "0",
      CCMS_DEMO_HISTORY_DAYS: "0",
      CCMS_AUDIT_KEY: "b".repeat(64), // instances of one database share the key
      CCMS_CLOCK_START: clockStart,
      CCMS_BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD,
      CCMS_LOG_LEVEL: "warn",
      CCMS_CASE_SWEEP_SECONDS: "0",
      CCMS_DAILY_OPS_REMINDER_SECONDS: "0",
      CCMS_RATE_KIOSK_TICKETS: "1000000",
      CCMS_RATE_DEVICE: "1000000",
      CCMS_RATE_LOGIN_PER_IP: "100000",
      CCMS_RATE_LOGIN_PER_USERNAME: "100000",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 180_000);
    child.stdout.on("data", (b) => {
      out += b;
      if (out.includes("is running on")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr.on("data", (b) => (out += b));
    child.once("exit", (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
  return { child, port, stop: () => new Promise((r) => (child.exitCode !== null ? r() : (child.once("exit", r), child.kill("SIGTERM")))) };
}

/** Resident memory of a process in MB (Linux). */
export function rssMb(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : NaN;
}

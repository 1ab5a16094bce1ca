// Shared helpers for `npm start` and `npm test`: run commands, install what is missing.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";

export const root = new URL("..", import.meta.url).pathname;

export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: "inherit", cwd: root, ...opts });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

export function must(cmd, args, opts = {}) {
  const status = run(cmd, args, opts);
  if (status !== 0) {
    console.error(`\n✗ ${cmd} ${args.join(" ")} failed (exit ${status})`);
    process.exit(status);
  }
}

export function has(cmd) {
  return spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;
}

/**
 * `npm ci` when node_modules is missing or older than the lockfile. Never `npm install`: that may
 * rewrite package-lock.json, and `npm test` / `npm start` must not edit tracked files (issue 12 item 8).
 */
export function ensureDependencies() {
  const nm = `${root}node_modules/.package-lock.json`;
  const lock = `${root}package-lock.json`;
  if (existsSync(nm) && existsSync(lock) && statSync(nm).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log("→ installing dependencies from the lockfile (npm ci; better-sqlite3 may compile from source, about a minute)…");
  must("npm", ["ci", "--no-audit", "--no-fund"]);
}

export function build() {
  console.log("→ building (TypeScript, web app)…");
  must("npm", ["run", "build", "--silent"]);
}

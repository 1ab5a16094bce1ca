// `npm test`: installs what tests need (dependencies, PostgreSQL, Debian chromium), starts PostgreSQL
// when it is not running, builds, then runs unit + API tests (SQLite and PostgreSQL) and e2e journeys.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { build, ensureDependencies, has, must, root, run } from "./lib.mjs";

const quiet = { stdio: "ignore" };
let aptUpdated = false;
function aptInstall(...pkgs) {
  if (!has("apt-get")) {
    console.error(`apt-get is not available: install ${pkgs.join(", ")} by hand`);
    process.exit(1);
  }
  if (!aptUpdated) {
    must("apt-get", ["update", "-qq"]);
    aptUpdated = true;
  }
  must("apt-get", ["install", "-y", "-qq", ...pkgs], { env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
}

function pgReady() {
  return spawnSync("pg_isready", ["-h", "127.0.0.1", "-p", "5432"], quiet).status === 0;
}

function psqlAsPostgres(sql) {
  return spawnSync("runuser", ["-u", "postgres", "--", "psql", "-v", "ON_ERROR_STOP=1", "-c", sql], { stdio: "pipe" });
}

function canConnect(url) {
  return spawnSync("psql", [url, "-c", "select 1"], quiet).status === 0;
}

function ensurePostgres() {
  if (process.env.CCMS_TEST_PG_URL) return process.env.CCMS_TEST_PG_URL;
  if (!has("pg_isready") || !has("pg_ctlcluster")) {
    console.log("→ installing PostgreSQL (apt-get)…");
    aptInstall("postgresql", "postgresql-client");
  }
  if (!pgReady()) {
    console.log("→ starting PostgreSQL…");
    const versions = spawnSync("ls", ["/etc/postgresql"], { encoding: "utf8" }).stdout.trim().split(/\s+/).filter(Boolean);
    for (const v of versions) run("pg_ctlcluster", ["--skip-systemctl-redirect", v, "main", "start"]);
    for (let i = 0; i < 30 && !pgReady(); i++) spawnSync("sleep", ["1"]);
    if (!pgReady()) {
      console.error("PostgreSQL did not start");
      process.exit(1);
    }
  }
  const trust = "postgres://postgres@127.0.0.1:5432/test";
  if (canConnect(trust)) return trust;
  // A fresh Debian install: password auth on TCP, no `test` database yet.
  psqlAsPostgres("ALTER USER postgres PASSWORD 'postgres'");
  psqlAsPostgres("CREATE DATABASE test");
  const withPassword = "postgres://postgres:postgres@127.0.0.1:5432/test";
  if (canConnect(withPassword)) return withPassword;
  console.error("Cannot connect to PostgreSQL on 127.0.0.1:5432 (set CCMS_TEST_PG_URL)");
  process.exit(1);
}

function ensureChromium() {
  if (process.env.CCMS_SKIP_E2E === "1") return;
  if (existsSync("/usr/bin/chromium")) return;
  console.log("→ installing Debian chromium for end-to-end tests (apt-get)…");
  aptInstall("chromium");
}

const started = Date.now();
ensureDependencies();
const pgUrl = ensurePostgres();
ensureChromium();
build();

const outDir = `${root}.e2e-tmp`;
mkdirSync(outDir, { recursive: true });
const env = { ...process.env, CCMS_TEST_PG_URL: pgUrl, TZ: "UTC" };

console.log("→ static checks (ESLint, web typecheck)…");
const lintStatus = run("npx", ["eslint", "."]);
const webTypeStatus = run("npx", ["tsc", "-p", "apps/web", "--noEmit"]);

console.log("→ unit and API tests (SQLite and PostgreSQL)…");
const vitestStatus = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${outDir}/vitest.json`], { env });
let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync(`${outDir}/vitest.json`, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
} catch {
  failed += 1;
}

let e2eStatus = 0;
if (process.env.CCMS_SKIP_E2E !== "1") {
  console.log("→ end-to-end tests (headless Chromium)…");
  e2eStatus = run(process.execPath, ["e2e/run.mjs"], { env });
  try {
    const e = JSON.parse(readFileSync(`${outDir}/e2e.json`, "utf8"));
    passed += e.passed;
    failed += e.failed;
  } catch {
    failed += 1;
  }
}

const seconds = Math.round((Date.now() - started) / 1000);
console.log(`\nnpm test finished in ${seconds}s`);
console.log(`${passed} passed, ${failed} failed`);
if (lintStatus !== 0) console.log("✗ ESLint reported problems");
if (webTypeStatus !== 0) console.log("✗ the web app does not typecheck");
process.exit(vitestStatus !== 0 || e2eStatus !== 0 || lintStatus !== 0 || webTypeStatus !== 0 || failed > 0 ? 1 : 0);

// `npm test`: installs what tests need (dependencies with `npm ci`, PostgreSQL, Debian chromium), starts
// PostgreSQL when it is not running, builds, then runs static checks (engines, ESLint, web typecheck),
// unit + API tests (SQLite and PostgreSQL) and the e2e journeys (@playwright/test, e2e/playwright.config.ts).
// It never edits tracked files (checked at the end for the package manifests and the lockfile) and never
// changes a database password other than that of its own role `ccms_test`.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
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

function canConnect(url) {
  return spawnSync("psql", [url, "-c", "select 1"], quiet).status === 0;
}

// The tests' own role and database: the PostgreSQL superuser and its password are never touched.
// A fixed local password for a throwaway local role (CREATEDB: API tests create a database per file).
const TEST_ROLE = "ccms_test";
const TEST_PASSWORD = "ccms_test_local";
const TEST_URL = `postgres://${TEST_ROLE}:${TEST_PASSWORD}@127.0.0.1:5432/${TEST_ROLE}`;

function ensureTestRole() {
  if (!has("runuser")) return false;
  // Idempotent: the role is created once (its password set only then, or when it cannot sign in), the database once.
  const script = `
SELECT format('CREATE ROLE %I LOGIN CREATEDB PASSWORD %L', '${TEST_ROLE}', '${TEST_PASSWORD}')
  WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${TEST_ROLE}') \\gexec
SELECT format('CREATE DATABASE %I OWNER %I', '${TEST_ROLE}', '${TEST_ROLE}')
  WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = '${TEST_ROLE}') \\gexec
`;
  const r = spawnSync("runuser", ["-u", "postgres", "--", "psql", "-q", "-v", "ON_ERROR_STOP=1", "-d", "postgres"], { input: script, stdio: ["pipe", "ignore", "pipe"], cwd: "/" });
  if (r.status !== 0) {
    console.error(`could not create the ${TEST_ROLE} role/database: ${r.stderr?.toString().trim()}`);
    return false;
  }
  return true;
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
  if (canConnect(TEST_URL)) return TEST_URL;
  if (ensureTestRole()) {
    if (canConnect(TEST_URL)) return TEST_URL;
    // The role exists with another password (made by hand): reset the password of our own role only.
    spawnSync("runuser", ["-u", "postgres", "--", "psql", "-q", "-d", "postgres", "-c", `ALTER ROLE ${TEST_ROLE} PASSWORD '${TEST_PASSWORD}'`], { ...quiet, cwd: "/" });
    if (canConnect(TEST_URL)) return TEST_URL;
  }
  console.error(`Cannot connect to PostgreSQL as ${TEST_URL} (set CCMS_TEST_PG_URL to a role that may CREATE DATABASE)`);
  process.exit(1);
}

function ensureChromium() {
  if (process.env.CCMS_SKIP_E2E === "1") return;
  if (existsSync("/usr/bin/chromium")) return;
  console.log("→ installing Debian chromium for end-to-end tests (apt-get)…");
  aptInstall("chromium");
}

/** Hashes of the files `npm test` must leave alone (npm install would rewrite the lockfile). */
function manifestHashes() {
  const files = ["package.json", "package-lock.json", ...JSON.parse(readFileSync(`${root}package.json`, "utf8")).workspaces.map((w) => `${w}/package.json`)];
  return files.map((f) => `${f}:${existsSync(`${root}${f}`) ? createHash("sha256").update(readFileSync(`${root}${f}`)).digest("hex") : "-"}`);
}

const started = Date.now();
const manifestsBefore = manifestHashes();
ensureDependencies();
const pgUrl = ensurePostgres();
ensureChromium();
build();

const outDir = `${root}.e2e-tmp`;
mkdirSync(outDir, { recursive: true });
const env = { ...process.env, CCMS_TEST_PG_URL: pgUrl, TZ: "UTC" };

console.log("→ static checks (engines, ESLint, import cycles and layers, web typecheck, rule map)…");
const enginesStatus = run(process.execPath, ["scripts/check-engines.mjs"]);
const lintStatus = run("npx", ["eslint", "."]);
const webTypeStatus = run("npx", ["tsc", "-p", "apps/web", "--noEmit"]);
const rulesDocStatus = run(process.execPath, ["scripts/rules-doc.mjs", "--check"]);
const depsStatus = run("npm", ["run", "--silent", "lint:deps"]);

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
  console.log("→ end-to-end tests (@playwright/test, headless Debian Chromium)…");
  const e2eJson = `${outDir}/playwright.json`;
  // Two workers (each test has its own server): the whole of `npm test` stays within its time budget.
  e2eStatus = run("npx", ["playwright", "test", "-c", "e2e"], { env: { E2E_WORKERS: "2", ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson } });
  try {
    const { stats } = JSON.parse(readFileSync(e2eJson, "utf8"));
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
    if (stats.flaky) console.log(`  (${stats.flaky} e2e test(s) passed only on retry)`);
  } catch {
    failed += 1;
  }
}

const changed = manifestHashes().filter((h, i) => h !== manifestsBefore[i]).map((h) => h.split(":")[0]);
const seconds = Math.round((Date.now() - started) / 1000);
console.log(`\nnpm test finished in ${seconds}s`);
console.log(`${passed} passed, ${failed} failed`);
if (enginesStatus !== 0) console.log("✗ an installed package refuses a Node version promised in engines.node");
if (lintStatus !== 0) console.log("✗ ESLint reported problems");
if (webTypeStatus !== 0) console.log("✗ the web app does not typecheck");
if (rulesDocStatus !== 0) console.log("✗ docs/rules.md is out of date (node scripts/rules-doc.mjs)");
if (depsStatus !== 0) console.log("✗ an import cycle or a layer rule is broken (npm run lint:deps)");
if (changed.length) console.log(`✗ npm test changed tracked files: ${changed.join(", ")}`);
process.exit(
  vitestStatus !== 0 || e2eStatus !== 0 || enginesStatus !== 0 || lintStatus !== 0 || webTypeStatus !== 0 || rulesDocStatus !== 0 || depsStatus !== 0 || failed > 0 || changed.length ? 1 : 0,
);

// Every installed package must run on every Node version we promise (issue 12 item 8).
// Reads the range in the root package.json `engines.node` (e.g. "^20.19.0 || ^22.12.0 || ^24.0.0"),
// takes the lowest version of each of its sets (20.19.0, 22.12.0, 24.0.0) plus the running Node, and
// checks them against the `engines.node` of
//   - every package.json under node_modules (nested node_modules included), and
//   - every entry of package-lock.json (also the optional binaries of other platforms, not installed here).
// Exit 1 with a list when any package refuses one of them.  `node scripts/check-engines.mjs [--verbose]`
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const verbose = process.argv.includes("--verbose");

// ── a small semver subset: x-ranges, ^, ~, comparators, hyphen ranges, || ─────────────────────
function parseVersion(s) {
  const m = /^v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.exec(s.trim());
  if (!m) return null;
  const part = (p) => (p === undefined || /^[xX*]$/.test(p) ? null : Number(p));
  return [part(m[1]), part(m[2]), part(m[3])];
}
const cmp = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
const fill = (p, v) => p.map((x) => (x === null ? v : x));

/** Comparators [op, version] of one space-separated set. */
function comparators(set) {
  const out = [];
  const hyphen = /^\s*(\S+)\s+-\s+(\S+)\s*$/.exec(set);
  if (hyphen) {
    const lo = parseVersion(hyphen[1]);
    const hi = parseVersion(hyphen[2]);
    if (!lo || !hi) return null;
    out.push([">=", fill(lo, 0)]);
    if (hi[1] === null) out.push(["<", [hi[0] + 1, 0, 0]]);
    else if (hi[2] === null) out.push(["<", [hi[0], hi[1] + 1, 0]]);
    else out.push(["<=", hi]);
    return out;
  }
  const tokens = set.trim().replace(/(>=|<=|>|<|=|\^|~)\s+/g, "$1").split(/\s+/).filter(Boolean);
  for (const t of tokens) {
    const m = /^(>=|<=|>|<|=|\^|~>?)?(.*)$/.exec(t);
    const op = m[1] || "";
    if (m[2] === "" || m[2] === "*" || /^[xX]$/.test(m[2])) continue;
    const p = parseVersion(m[2]);
    if (!p) return null;
    const [M, mi, pa] = p;
    if (op === "^") {
      const lo = fill(p, 0);
      const hi = M > 0 || mi === null ? [M + 1, 0, 0] : mi > 0 || pa === null ? [0, mi + 1, 0] : [0, 0, pa + 1];
      out.push([">=", lo], ["<", hi]);
    } else if (op.startsWith("~")) {
      out.push([">=", fill(p, 0)], ["<", mi === null ? [M + 1, 0, 0] : [M, mi + 1, 0]]);
    } else if (op === "" || op === "=") {
      if (mi === null) out.push([">=", [M, 0, 0]], ["<", [M + 1, 0, 0]]);
      else if (pa === null) out.push([">=", [M, mi, 0]], ["<", [M, mi + 1, 0]]);
      else out.push(["=", p]);
    } else if (op === ">") {
      out.push(mi === null ? [">=", [M + 1, 0, 0]] : pa === null ? [">=", [M, mi + 1, 0]] : [">", p]);
    } else if (op === "<=") {
      out.push(mi === null ? ["<", [M + 1, 0, 0]] : pa === null ? ["<", [M, mi + 1, 0]] : ["<=", p]);
    } else {
      out.push([op, fill(p, 0)]);
    }
  }
  return out;
}

const test = { ">=": (c) => c >= 0, "<=": (c) => c <= 0, ">": (c) => c > 0, "<": (c) => c < 0, "=": (c) => c === 0 };

/** true / false, or null when the range cannot be read. */
export function satisfies(version, range) {
  const v = parseVersion(version);
  let readable = false;
  for (const set of String(range).split("||")) {
    const cs = comparators(set);
    if (!cs) continue;
    readable = true;
    if (cs.every(([op, w]) => test[op](cmp(v, w)))) return true;
  }
  return readable ? false : null;
}

/** The lowest version of each set of a range: the Node versions we promise to run on. */
function lowestVersions(range) {
  const out = [];
  for (const set of range.split("||")) {
    const lo = (comparators(set) || []).filter(([op]) => op === ">=" || op === "=").map(([, v]) => v);
    if (lo.length) out.push(lo.sort(cmp).at(-1).join("."));
  }
  return out;
}

// ── what we promise ─────────────────────────────────────────────────────────────────────────────
const rootPkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const promised = rootPkg.engines?.node;
if (!promised) {
  console.error("✗ package.json has no engines.node");
  process.exit(1);
}
const versions = lowestVersions(promised);
const current = process.versions.node;
if (satisfies(current, promised) && !versions.includes(current)) versions.push(current);
const nvmrc = existsSync(join(root, ".nvmrc")) ? readFileSync(join(root, ".nvmrc"), "utf8").trim() : null;

const problems = [];
if (nvmrc && !versions.some((v) => v.split(".")[0] === nvmrc.replace(/^v/, "").split(".")[0])) {
  problems.push(`.nvmrc (${nvmrc}) names a Node major outside engines.node (${promised})`);
}

function checkOne(where, name, version, engines) {
  let range = engines?.node;
  if (Array.isArray(engines)) range = engines.find((e) => typeof e === "string" && e.startsWith("node"))?.replace(/^node\s*/, "");
  if (typeof range !== "string" || range.trim() === "") return;
  for (const v of versions) {
    const ok = satisfies(v, range);
    if (ok === null) {
      if (verbose) console.log(`  ? ${name}@${version}: unreadable engines.node "${range}" (${where})`);
      return;
    }
    if (!ok) {
      problems.push(`${name}@${version} wants node "${range}" — refuses ${v} (${where})`);
      return;
    }
  }
}

// ── installed packages ──────────────────────────────────────────────────────────────────────────
let installed = 0;
function walk(dir) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() && !entry.isSymbolicLink()) continue;
    if (entry.name.startsWith(".")) continue;
    const p = join(dir, entry.name);
    if (entry.name.startsWith("@")) {
      walk(p);
      continue;
    }
    if (entry.isSymbolicLink()) continue; // workspace links: checked from their own folder
    const pj = join(p, "package.json");
    if (existsSync(pj)) {
      try {
        const pkg = JSON.parse(readFileSync(pj, "utf8"));
        installed++;
        checkOne(p.slice(root.length), pkg.name ?? entry.name, pkg.version ?? "?", pkg.engines);
      } catch {}
    }
    walk(join(p, "node_modules"));
  }
}
walk(join(root, "node_modules"));
for (const ws of rootPkg.workspaces ?? []) walk(join(root, ws, "node_modules"));

// ── the lockfile (every platform) ───────────────────────────────────────────────────────────────
let locked = 0;
const lockPath = join(root, "package-lock.json");
if (existsSync(lockPath)) {
  const lock = JSON.parse(readFileSync(lockPath, "utf8"));
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    if (!path.includes("node_modules/") || entry.link) continue;
    locked++;
    const name = entry.name ?? path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);
    checkOne(`package-lock.json ${path}`, name, entry.version ?? "?", entry.engines);
  }
}

const unique = [...new Set(problems)];
if (unique.length) {
  console.error(`✗ engines: ${unique.length} package(s) refuse a Node version promised by engines.node "${promised}" (${versions.join(", ")}):`);
  for (const p of unique) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`✓ engines: ${installed} installed packages and ${locked} lockfile entries admit Node ${versions.join(", ")} (engines.node "${promised}")`);

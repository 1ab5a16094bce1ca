/**
 * Repository contract tests: the same assertions against SQLite and PostgreSQL (CCMS_TEST_ENGINE).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultBusinessHours } from "@ccms/core";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Database,
  MIGRATIONS,
  auditRepository,
  calendarRepository,
  inTransaction,
  migrate,
  openDatabase,
  orgUnitRepository,
  permissionRepository,
  userRepository,
} from "../src/index.js";

const ENGINE = (process.env.CCMS_TEST_ENGINE ?? "sqlite") as "sqlite" | "postgres";
const PG_URL = process.env.CCMS_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";

async function open(): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (ENGINE === "postgres") {
    const name = `ccms_r_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    await c.query(`CREATE DATABASE ${name}`);
    await c.end();
    const url = new URL(PG_URL);
    url.pathname = `/${name}`;
    const database = openDatabase({ databaseUrl: url.toString() });
    return {
      database,
      drop: async () => {
        await database.close();
        const d = new pg.Client({ connectionString: PG_URL });
        await d.connect();
        await d.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await d.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), "ccms-repo-"));
  const database = openDatabase({ sqliteFile: join(dir, "x.sqlite") });
  return { database, drop: async () => { await database.close(); rmSync(dir, { recursive: true, force: true }); } };
}

const unit = (id: string, parent: { id: string; path: string; depth: number } | null, code: string) => ({
  id,
  parentId: parent?.id ?? null,
  kind: (parent ? "province" : "hq") as "hq" | "province",
  name: code,
  code,
  path: parent ? `${parent.path}${id}/` : `/${id}/`,
  depth: parent ? parent.depth + 1 : 0,
  timeZone: "Asia/Shanghai",
  businessHours: defaultBusinessHours(),
  lunchDuty: false,
  active: true,
  createdAt: "2026-03-10T02:00:00.000Z",
  updatedAt: "2026-03-10T02:00:00.000Z",
});

describe(`foundation repositories contract (${ENGINE})`, () => {
  let db: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ database: db, drop } = await open());
  });
  afterAll(async () => drop?.());

  it("migrations are forward-only and idempotent: a second run applies nothing", async () => {
    const first = await migrate(db);
    expect(first).toEqual(MIGRATIONS.map((m) => m.id));
    expect(await migrate(db)).toEqual([]);
    if (ENGINE === "sqlite") {
      expect(db.sqlite!.pragma("journal_mode", { simple: true })).toBe("wal");
      expect(db.sqlite!.pragma("synchronous", { simple: true })).toBe(2); // FULL
    }
  });

  it("org units: insert, subtree by path, children, unique code", async () => {
    const root = unit("R", null, "HQ");
    const p1 = unit("P1", root, "P1");
    const p2 = unit("P2", root, "P2");
    for (const u of [root, p1, p2]) await orgUnitRepository.insert(db.db, u);
    expect((await orgUnitRepository.listSubtree(db.db, p1.path)).map((u) => u.id)).toEqual(["P1"]);
    expect((await orgUnitRepository.listSubtree(db.db, root.path)).map((u) => u.id)).toEqual(["R", "P1", "P2"]);
    expect((await orgUnitRepository.listChildren(db.db, "R")).map((u) => u.code)).toEqual(["P1", "P2"]);
    expect((await orgUnitRepository.findById(db.db, "P1"))?.businessHours).toEqual(defaultBusinessHours());
    await expect(orgUnitRepository.insert(db.db, { ...unit("P3", root, "P1") })).rejects.toThrow();
  });

  it("a failed transaction leaves nothing behind", async () => {
    await expect(
      inTransaction(db, async (tx) => {
        await orgUnitRepository.insert(tx, unit("P9", { id: "R", path: "/R/", depth: 0 }, "P9"));
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await orgUnitRepository.findById(db.db, "P9")).toBeUndefined();
  });

  it("users with roles and password history (newest first)", async () => {
    await userRepository.insert(db.db, {
      id: "U1", username: "u1", displayName: "U1", orgUnitId: "P1", passwordHash: "h0", passwordChangedAt: "2026-03-10T02:00:00.000Z",
      mustChangePassword: true, failedAttempts: 0, lockedUntil: null, active: true, createdAt: "2026-03-10T02:00:00.000Z", deactivatedAt: null, roles: ["teller", "guide"],
    });
    await userRepository.setPassword(db.db, "U1", "h1", "2026-03-11T02:00:00.000Z", false);
    await userRepository.setPassword(db.db, "U1", "h2", "2026-03-12T02:00:00.000Z", false);
    expect(await userRepository.recentPasswordHashes(db.db, "U1", 5)).toEqual(["h2", "h1"]);
    const u = await userRepository.findByUsername(db.db, "u1");
    expect(u).toMatchObject({ roles: ["guide", "teller"], mustChangePassword: false, passwordHash: "h2" });
    expect((await userRepository.listInScope(db.db, "/R/P2/")).length).toBe(0);
    expect((await userRepository.listInScope(db.db, "/R/")).map((x) => x.id)).toEqual(["U1"]);
  });

  it("role permissions grant/revoke report whether anything changed", async () => {
    expect(await permissionRepository.grant(db.db, "teller", "x.y", "U1", "2026-03-10T02:00:00.000Z")).toBe(true);
    expect(await permissionRepository.grant(db.db, "teller", "x.y", "U1", "2026-03-10T02:00:00.000Z")).toBe(false);
    expect(await permissionRepository.listForRoles(db.db, ["teller"])).toContain("x.y");
    expect(await permissionRepository.revoke(db.db, "teller", "x.y")).toBe(true);
    expect(await permissionRepository.revoke(db.db, "teller", "x.y")).toBe(false);
  });

  it("calendar years and overrides", async () => {
    await calendarRepository.upsertYear(db.db, { year: 2030, holidays: { "2030-01-01": "元旦" }, makeUpWorkdays: {} }, "manual", "U1", "2026-03-10T02:00:00.000Z");
    await calendarRepository.upsertYear(db.db, { year: 2030, holidays: { "2030-01-01": "元旦", "2030-01-02": "x" }, makeUpWorkdays: {} }, "manual", "U1", "2026-03-10T02:00:00.000Z");
    const years = await calendarRepository.listYears(db.db);
    expect(years).toHaveLength(1);
    expect(Object.keys(years[0]!.holidays)).toHaveLength(2);
    await calendarRepository.insertOverride(db.db, { id: "O1", orgUnitId: "P1", date: "2026-03-12", kind: "closure", reason: "r", createdBy: "U1", createdAt: "2026-03-10T02:00:00.000Z" });
    await expect(
      calendarRepository.insertOverride(db.db, { id: "O2", orgUnitId: "P1", date: "2026-03-12", kind: "closure", reason: "r", createdBy: "U1", createdAt: "2026-03-10T02:00:00.000Z" }),
    ).rejects.toThrow();
    expect((await calendarRepository.overridesFor(db.db, ["R", "P1"], "2026-03-01", "2026-03-31")).map((o) => o.id)).toEqual(["O1"]);
  });

  it("audit rows page in sequence order", async () => {
    for (let i = 1; i <= 3; i++) {
      await auditRepository.insert(db.db, { seq: i, at: "2026-03-10T02:00:00.000Z", actor_id: null, actor_name: null, org_unit_id: "P1", action: "a", entity_type: "t", entity_id: null, details: "null", prev_hash: "p", hash: `h${i}` });
    }
    expect((await auditRepository.page(db.db, 1, 10)).map((r) => r.seq)).toEqual([2, 3]);
    expect(await auditRepository.head(db.db)).toEqual({ seq: 3, hash: "h3" });
    expect((await auditRepository.list(db.db, { scopePath: "/R/P2/", limit: 10 })).length).toBe(0);
    expect((await auditRepository.list(db.db, { scopePath: "/R/", limit: 10 })).length).toBe(3);
  });
});

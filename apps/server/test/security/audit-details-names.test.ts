/**
 * K-09 (issue 10 item 4): the audit log is read in words. An id inside an entry's details (the parent
 * unit of a new counter, a person) is shown as the name it stands for, and an id no name is known for is
 * left out of the text — never 26 characters of code on an auditor's screen or in an export.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

const ULID = /\b[0-9A-HJKMNP-TV-Z]{26}\b/;

describe(`audit details name people and units, never show raw ids (${ENGINE})`, () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(async () => env?.close());

  it("K-09 a new counter's audit entry names its parent unit", async () => {
    const created = await env.call("gzadmin", { method: "POST", url: "/api/v1/org-units", payload: { parentId: env.demo.cityId, kind: "counter", name: "海珠客户服务中心", code: "GD-GZ-HZ" } });
    expect(created.status).toBe(201);
    const log = await env.call("hqadmin", { method: "GET", url: `/api/v1/audit?entityType=org_unit&entityId=${created.body.id}` });
    expect(log.status).toBe(200);
    const entry = log.body.items.find((e: { action: string }) => e.action === "org.created");
    expect(entry.details.parentId).toBe(env.demo.cityId);
    expect(entry.detailsText).toContain("广州市分公司");
    expect(entry.detailsText).toContain("海珠客户服务中心");
    expect(entry.detailsText).not.toMatch(ULID);
  });

  it("K-09 no entry of the demo organisation's log shows a raw id in its text", async () => {
    const log = await env.call("hqadmin", { method: "GET", url: "/api/v1/audit?limit=500" });
    expect(log.status).toBe(200);
    expect(log.body.items.length).toBeGreaterThan(0);
    const withIds = log.body.items.filter((e: { detailsText: string }) => ULID.test(e.detailsText ?? ""));
    expect(withIds.map((e: { action: string; detailsText: string }) => `${e.action}: ${e.detailsText}`)).toEqual([]);
  });
});

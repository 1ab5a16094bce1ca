/**
 * I-03 knowledge base (issue 16 item 5): typical cases from closed cases and meeting case studies,
 * key knowledge points and service techniques; Chinese search by character bigrams on both engines;
 * versions; read counts; publish/retire audited; training material for People I; ORG-01 scope.
 */
import { KnowledgeEntryList, KnowledgeEntryView, KnowledgeVersionList, TrainingMaterialList } from "@ccms/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

describe(`I-03 knowledge base (${ENGINE})`, () => {
  let env: TestEnv;
  let th: string;
  beforeAll(async () => {
    env = await createTestEnv();
    th = env.demo.counterIds[0]!;
  });
  afterAll(async () => env?.close());

  const audits = async (entityId: string) =>
    (await env.database.db.selectFrom("audit_log").select("action").where("entity_id", "=", entityId).orderBy("seq").execute()).map((r) => r.action);

  async function closedComplaint(summary: string): Promise<{ id: string; number: string }> {
    const c = await env.call("teller1", { method: "POST", url: "/api/v1/cases", payload: { kind: "complaint", orgUnitId: th, channel: "counter", summary, customer: { name: "张三丰", phone: "13812345678" } } });
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    const reply = await env.call("teller1", { method: "POST", url: `/api/v1/cases/${c.body.id}/actions`, payload: { type: "reply", method: "visit", content: "上门解释", reconsiderationInfo: true } });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const close = await env.call("teller1", { method: "POST", url: `/api/v1/cases/${c.body.id}/actions`, payload: { type: "close" } });
    expect(close.status, JSON.stringify(close.body)).toBe(200);
    const callback = await env.call("manager", { method: "POST", url: `/api/v1/cases/${c.body.id}/actions`, payload: { type: "callback", result: "satisfied", note: "客户满意" } });
    expect(callback.body.state, JSON.stringify(callback.body)).toBe("closed");
    return { id: c.body.id, number: c.body.number };
  }

  it("I-03 加入案例库: a closed case becomes a draft typical case referencing it, once; an open case cannot", async () => {
    const open = await env.call("teller1", { method: "POST", url: "/api/v1/cases", payload: { kind: "complaint", orgUnitId: th, channel: "counter", summary: "未结案件", customer: { name: "李四" } } });
    const refused = await env.call("manager", { method: "POST", url: "/api/v1/information/knowledge/from-case", payload: { caseId: open.body.id } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("knowledge_case_not_closed");
    expect((await env.call("teller1", { method: "POST", url: "/api/v1/information/knowledge/from-case", payload: { caseId: open.body.id } })).status).toBe(403);

    const c = await closedComplaint("客户办理退保等待时间过长");
    const r = await env.call("manager", { method: "POST", url: "/api/v1/information/knowledge/from-case", payload: { caseId: c.id } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const e = KnowledgeEntryView.parse(r.body);
    expect(e).toMatchObject({ kind: "typicalCase", state: "draft", version: 1, sourceCaseId: c.id, sourceCaseNumber: c.number, categoryName: "投诉处理", unitName: "天河客户服务中心", createdByName: "柜面主管 陈敏" });
    expect(e.body).toContain(c.number);
    const again = await env.call("manager", { method: "POST", url: "/api/v1/information/knowledge/from-case", payload: { caseId: c.id } });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(e.id);
    expect(await audits(e.id)).toEqual(["knowledge.drafted"]);
    // a sibling counter's manager does not see the case
    expect((await env.call("yxmanager", { method: "POST", url: "/api/v1/information/knowledge/from-case", payload: { caseId: c.id } })).status).toBe(404);
  });

  it("I-03 drafts are invisible to readers; published entries are found by Chinese words (bigrams) on both engines", async () => {
    const created = await env.call("manager", {
      method: "POST",
      url: "/api/v1/information/knowledge",
      payload: { kind: "keyPoint", categoryId: "servicing", title: "退保业务办理要点", body: "先核实投保人身份，再向客户解释现金价值与退保损失。", tags: ["退保", "保全"], training: true },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as string;
    const hidden = await env.call("teller1", { method: "GET", url: "/api/v1/information/knowledge?q=退保" });
    expect(KnowledgeEntryList.parse(hidden.body).items.some((i) => i.id === id)).toBe(false);
    expect((await env.call("teller1", { method: "GET", url: `/api/v1/information/knowledge/${id}` })).status).toBe(404);
    expect((await env.call("teller1", { method: "POST", url: `/api/v1/information/knowledge/${id}/publish` })).status).toBe(403);

    const pub = await env.call("manager", { method: "POST", url: `/api/v1/information/knowledge/${id}/publish` });
    expect(pub.status, JSON.stringify(pub.body)).toBe(200);
    expect(pub.body).toMatchObject({ state: "published", publishedByName: "柜面主管 陈敏" });
    expect((await env.call("manager", { method: "POST", url: `/api/v1/information/knowledge/${id}/publish` })).body.error.code).toBe("knowledge_already_published");

    for (const [q, hit] of [
      ["退保", true],
      ["现金价值", true],
      ["客户 身份", true],
      ["解释现金", true],
      ["解释退保", false],
      ["ＶＩＰ", false],
      ["理赔", false],
      ["退保理赔", false],
    ] as const) {
      const s = await env.call("teller1", { method: "GET", url: `/api/v1/information/knowledge?q=${encodeURIComponent(q)}` });
      expect(s.status).toBe(200);
      expect(KnowledgeEntryList.parse(s.body).items.some((i) => i.id === id), q).toBe(hit);
    }
    const terms = await env.call("teller1", { method: "GET", url: `/api/v1/information/knowledge?q=${encodeURIComponent("退保流程")}` });
    expect(terms.body.terms).toEqual(["退保", "保流", "流程"]);
    // a LIKE wildcard in the query is a literal character, not "anything"
    expect((await env.call("teller1", { method: "GET", url: `/api/v1/information/knowledge?q=${encodeURIComponent("%")}` })).body.items.length).toBeGreaterThan(0);
    expect((await env.call("teller1", { method: "GET", url: `/api/v1/information/knowledge?q=${encodeURIComponent("退_")}` })).body.items.some((i: { id: string }) => i.id === id)).toBe(true);

    // ORG-01: a published counter entry is read above, not at a sibling counter
    expect((await env.call("gzadmin", { method: "GET", url: `/api/v1/information/knowledge/${id}` })).status).toBe(200);
    expect((await env.call("yxteller", { method: "GET", url: `/api/v1/information/knowledge/${id}` })).status).toBe(404);
  });

  it("I-03 an edit makes a new version with its history; read counts count readings of published entries; retire is audited", async () => {
    const created = await env.call("gzadmin", {
      method: "POST",
      url: "/api/v1/information/knowledge",
      payload: { kind: "serviceTechnique", categoryId: "etiquette", title: "客户情绪激动时的安抚技巧", body: "请客户就座，倒一杯水。" },
    });
    const id = created.body.id as string;
    expect((await env.call("gzadmin", { method: "GET", url: `/api/v1/information/knowledge/${id}` })).body.readCount).toBe(0);
    await env.call("gzadmin", { method: "POST", url: `/api/v1/information/knowledge/${id}/publish` });
    // a city's entry reaches every counter below it
    const r1 = await env.call("teller1", { method: "GET", url: `/api/v1/information/knowledge/${id}` });
    expect(r1.status).toBe(200);
    expect(r1.body).toMatchObject({ readCount: 1, canEdit: false, unitName: "广州市分公司" });
    expect((await env.call("yxteller", { method: "GET", url: `/api/v1/information/knowledge/${id}` })).body.readCount).toBe(2);
    // a counter manager cannot edit the city's entry
    expect((await env.call("manager", { method: "PUT", url: `/api/v1/information/knowledge/${id}`, payload: { body: "x" } })).status).toBe(403);

    const edit = await env.call("gzadmin", { method: "PUT", url: `/api/v1/information/knowledge/${id}`, payload: { body: "请客户就座，倒一杯水，耐心倾听，不打断。", note: "补充倾听要点", training: true } });
    expect(edit.status, JSON.stringify(edit.body)).toBe(200);
    expect(edit.body).toMatchObject({ version: 2, state: "published", training: true, readCount: 2 });
    const found = await env.call("teller2", { method: "GET", url: `/api/v1/information/knowledge?q=${encodeURIComponent("耐心倾听")}` });
    expect(found.body.items.map((i: { id: string }) => i.id)).toContain(id);
    const versions = KnowledgeVersionList.parse((await env.call("teller2", { method: "GET", url: `/api/v1/information/knowledge/${id}/versions` })).body);
    expect(versions.items.map((v) => [v.version, v.note, v.editedByName])).toEqual([
      [2, "补充倾听要点", "市分公司管理员"],
      [1, null, "市分公司管理员"],
    ]);
    expect(versions.items[1]!.body).toBe("请客户就座，倒一杯水。");

    const training = TrainingMaterialList.parse((await env.call("teller3", { method: "GET", url: "/api/v1/information/knowledge/training-materials" })).body);
    expect(training.items.find((t) => t.id === id)).toMatchObject({ title: "客户情绪激动时的安抚技巧", version: 2, unitName: "广州市分公司" });

    const retire = await env.call("gzadmin", { method: "POST", url: `/api/v1/information/knowledge/${id}/retire` });
    expect(retire.body.state).toBe("retired");
    expect((await env.call("teller1", { method: "GET", url: `/api/v1/information/knowledge/${id}` })).status).toBe(404);
    expect((await env.call("teller1", { method: "GET", url: "/api/v1/information/knowledge/training-materials" })).body.items.some((t: { id: string }) => t.id === id)).toBe(false);
    expect((await env.call("gzadmin", { method: "POST", url: `/api/v1/information/knowledge/${id}/retire` })).body.error.code).toBe("knowledge_not_published");
    expect(await audits(id)).toEqual(["knowledge.drafted", "knowledge.published", "knowledge.edited", "knowledge.retired"]);
  });

  it("I-03 a morning meeting's case study becomes a draft; categories are data; unknown ones are refused", async () => {
    const cats = await env.call("teller1", { method: "GET", url: "/api/v1/information/knowledge/categories" });
    expect(cats.body.items.map((c: { name: string }) => c.name)).toContain("服务礼仪");
    const bad = await env.call("manager", { method: "POST", url: "/api/v1/information/knowledge", payload: { kind: "keyPoint", categoryId: "nope", title: "x", body: "y" } });
    expect(bad.body.error.code).toBe("knowledge_category_unknown");
    const mgr = await env.database.db.selectFrom("users").select("id").where("username", "=", "manager").executeTakeFirstOrThrow();
    await env.database.db
      .insertInto("daily_meetings")
      .values({ id: "MEETINGKB00000000000000001", counter_id: th, business_date: "2026-03-10", host_id: mgr.id, started_at: null, ended_at: null, scheduled_from: null, scheduled_to: null, attendees: "[]", review: null, topics: "[]", case_studies: JSON.stringify([{ title: "老年客户代办退保的核实", notes: "须本人到场或公证委托。" }]), focus_issues: "[]", open_focus: 0, created_by: mgr.id, created_at: "2026-03-10T00:30:00.000Z" })
      .execute();
    const r = await env.call("manager", { method: "POST", url: "/api/v1/information/knowledge/from-meeting", payload: { meetingId: "MEETINGKB00000000000000001", index: 0 } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ kind: "typicalCase", title: "老年客户代办退保的核实", sourceMeetingId: "MEETINGKB00000000000000001", state: "draft" });
    expect((await env.call("manager", { method: "POST", url: "/api/v1/information/knowledge/from-meeting", payload: { meetingId: "MEETINGKB00000000000000001", index: 3 } })).body.error.code).toBe("knowledge_case_study_unknown");
    expect((await env.call("yxmanager", { method: "POST", url: "/api/v1/information/knowledge/from-meeting", payload: { meetingId: "MEETINGKB00000000000000001", index: 0 } })).status).toBe(404);
  });
});

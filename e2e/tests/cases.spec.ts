// Cases (issue 4): a complaint taken at the 天河 counter (C-02, C-04, C-05) is accepted, escalated to the
// city (C-06), replied to by letter at the city (C-08), closed into a callback (C-10) and called back as
// satisfied → closed. Everything through the UI; the timeline and the deadlines are asserted at each step.
// Then a teller registers a letter received two weeks earlier: its reply deadline is already breached (red).
import type { Locator, Page } from "@playwright/test";
import { type Api, test } from "../fixtures";

async function expectState(page: Page, state: string) {
  await page.locator(`[data-testid="case-state"][data-state="${state}"]`).first().waitFor();
}

async function expectEvent(page: Page, type: string) {
  await page.locator(`[data-testid="case-timeline"] [data-testid="timeline-event"][data-type="${type}"]`).first().waitFor();
}

async function expectDeadline(page: Page, metric: string, tones = ["ok", "warning", "met", "metLate", "paused", "breached"]) {
  const row = page.locator(`[data-testid="case-deadlines"] [data-testid="deadline-row"][data-metric="${metric}"]`);
  await row.waitFor();
  const tone = await row.getAttribute("data-tone");
  if (!tones.includes(tone ?? "")) throw new Error(`deadline ${metric} has tone ${tone}, expected one of ${tones.join("/")}`);
  return row;
}

/** Open an action's modal, fill it, submit, and wait for the modal to go away. */
async function runAction(page: Page, type: string, fill: (modal: Locator) => Promise<void> = async () => {}) {
  await page.locator(`[data-testid="action-${type}"]`).click();
  const modal = page.locator(".ant-modal").filter({ has: page.locator(`[data-testid="action-modal-${type}"]`) });
  await modal.waitFor();
  await fill(modal);
  await modal.locator('[data-testid="action-submit"]').click();
  const err = modal.locator('[data-testid="action-error"]');
  // Either the modal closes (success) or an error appears: fail fast with its text.
  await Promise.race([modal.waitFor({ state: "hidden" }), err.waitFor().then(async () => Promise.reject(new Error(`${type}: ${await err.innerText()}`)))]);
}

/**
 * Official holiday data ends with 2026 (CAL-01: a year without data is an error, never a guess). The
 * journey's deadlines reach at most ~3 weeks ahead (reply 7 working days, callback 3, reconsideration
 * 10); when that crosses into a year the server has no table for, HQ loads a plausible table for the
 * throwaway e2e server so the journey does not fail in late December. Not needed at the default CLOCK_START.
 */
async function ensureCalendarAhead(apiAs: (u: string) => Promise<Api>, now: Date) {
  const horizon = new Date(now.getTime() + 25 * 86_400_000).getUTCFullYear();
  const hq = await apiAs("hqadmin");
  const { items } = await hq.get("/calendar/years");
  for (let year = now.getUTCFullYear(); year <= horizon; year++) {
    if (items.some((y: any) => y.year === year)) continue;
    const d = (md: string) => `${year}-${md}`;
    const holidays: Record<string, string> = {};
    for (const md of ["01-01"]) holidays[d(md)] = "元旦";
    for (const md of ["02-05", "02-06", "02-07", "02-08", "02-09", "02-10", "02-11"]) holidays[d(md)] = "春节";
    holidays[d("04-05")] = "清明节";
    for (const md of ["05-01", "05-02", "05-03"]) holidays[d(md)] = "劳动节";
    holidays[d("06-09")] = "端午节";
    holidays[d("09-15")] = "中秋节";
    for (const md of ["10-01", "10-02", "10-03", "10-04", "10-05", "10-06", "10-07"]) holidays[d(md)] = "国庆节";
    await hq.put("/calendar/years", { year, holidays, makeUpWorkdays: {} });
  }
}

test("cases: counter complaint → accept → escalate → city reply → close → callback → closed", async ({ page, server, newPage, signIn, apiAs, step }, testInfo) => {
  step("the working calendar covers the deadlines ahead (CAL-01)");
  await ensureCalendarAhead(apiAs, server.now());

  const suffix = Date.now().toString(36).slice(-5);
  const summary = `E2E 客户投诉理赔进度无人告知 ${suffix}`;

  // ── 天河 counter manager (first responder, C-05) ──
  step("manager signs in and opens the intake form from the case desk");
  await signIn(page, "manager");
  await page.goto("/cases");
  await page.locator('[data-testid="case-table"]').waitFor();
  await page.locator('[data-testid="case-intake"]').click();
  await page.waitForURL(/\/cases\/new$/);

  step("register a complaint received at the counter (C-02, C-04)");
  const form = page.locator('[data-testid="intake-form"]');
  await form.waitFor();
  await page.locator("label.ant-radio-button-wrapper", { hasText: /^投诉$/ }).click();
  // channel defaults to 柜面 and the unit to the manager's own counter (天河)
  const channel = await page.locator('[data-testid="intake-channel"]').innerText();
  if (!channel.includes("柜面")) throw new Error(`channel default is "${channel}", expected 柜面`);
  await page.locator('[data-testid="intake-summary"]').fill(summary);
  await page.locator('[data-testid="intake-name"]').fill("王建国");
  await page.locator('[data-testid="intake-phone"]').fill("13800138000");
  await page.locator('[data-testid="intake-submit"]').click();
  await page.locator('[data-testid="intake-created"]').waitFor();
  // the deadlines started at once (acceptance, first contact)
  await page.locator('[data-testid="deadline-acceptance"]').waitFor();
  await page.locator('[data-testid="deadline-firstContact"]').waitFor();
  await page.locator('[data-testid="intake-open"]').click();
  await page.waitForURL(/\/cases\/[0-9A-Z]{26}$/);
  const caseUrl = page.url();
  const number = (await page.locator('[data-testid="case-number"]').innerText()).replace(/^诉求\s*/, "").trim();

  step("the case page shows the header, masked customer, deadlines and timeline");
  await expectState(page, "received");
  const responder = await page.locator('[data-testid="case-first-responder"]').innerText();
  if (!responder.includes("陈敏")) throw new Error(`first responder is "${responder}", expected the manager (C-05)`);
  const phone = await page.locator('[data-testid="customer-phone"]').innerText();
  if (phone.includes("13800138000")) throw new Error(`the phone is not masked (C-11): ${phone}`);
  await expectDeadline(page, "acceptance", ["ok", "warning"]);
  await expectDeadline(page, "firstContact", ["ok", "warning"]);
  await expectEvent(page, "case.received");

  step("unmasking the customer needs a reason and is logged in the history (C-11, K-09)");
  await page.locator('[data-testid="unmask"]').click();
  const unmask = page.locator(".ant-modal").filter({ has: page.locator('[data-testid="unmask-reason"]') });
  await unmask.locator('[data-testid="unmask-reason"]').fill("电话联系客户前核对号码");
  await unmask.locator(".ant-btn-primary").click();
  await page.locator('[data-testid="customer-phone"]', { hasText: "13800138000" }).waitFor();
  await expectEvent(page, "case.unmasked");

  step("accept the complaint: the reply deadline starts (C-02)");
  await runAction(page, "accept");
  await expectState(page, "accepted");
  await expectEvent(page, "case.accepted");
  await expectDeadline(page, "acceptance", ["met"]);
  const reply = await expectDeadline(page, "reply", ["ok", "warning"]);
  if (!/剩/.test(await reply.innerText())) throw new Error(`the reply deadline shows no countdown: ${await reply.innerText()}`);

  step("escalate to the upper level (C-05, C-06)");
  await runAction(page, "escalate", async (m) => {
    await m.locator('[data-testid="field-reason"]').fill("涉及理赔核赔规则，需地市分公司统一答复");
  });
  await page.locator('[data-testid="case-level"][data-level="city"]').waitFor();
  const unit = await page.locator('[data-testid="case-unit"]').innerText();
  if (!unit.includes("广州市分公司")) throw new Error(`handling unit is "${unit}" after escalation`);
  await expectEvent(page, "case.escalated");
  await expectDeadline(page, "reply", ["ok", "warning"]);
  await page.screenshot({ path: testInfo.outputPath("escalated.png") });

  // ── 广州市分公司 (upper level) ──
  step("gzadmin finds the case on the desk with its countdowns");
  const city = await newPage();
  await signIn(city, "gzadmin");
  await city.goto("/cases");
  await city.locator('[data-testid="case-search"] input').fill(number);
  await city.locator('[data-testid="case-search"] input').press("Enter");
  const link = city.locator('[data-testid="case-link"]', { hasText: number });
  await link.waitFor();
  const row = city.locator("tr", { has: link });
  await row.locator('[data-testid="deadline-reply"]').waitFor();
  await link.click();
  await city.waitForURL(caseUrl);
  await expectState(city, "accepted");

  step("reply by letter (C-08)");
  await runAction(city, "reply", async (m) => {
    await m.locator("label.ant-radio-button-wrapper", { hasText: "书面答复" }).click();
    await m.locator('[data-testid="field-content"]').fill("经核实，理赔案件已于今日结案，赔款三个工作日内到账，并就未及时告知进度致歉。");
    // C-20 the reply records that the customer was told how to ask for reconsideration
    await m.locator("label.ant-radio-button-wrapper", { hasText: "已告知客户" }).click();
  });
  await expectState(city, "replied");
  await expectEvent(city, "case.replied");
  await expectDeadline(city, "reply", ["met"]);

  step("close: a complaint goes to callback (C-10)");
  await runAction(city, "close", async (m) => {
    await m.locator('[data-testid="field-note"]').fill("答复已送达客户");
  });
  await expectState(city, "callback");
  await expectEvent(city, "case.closed");
  await expectDeadline(city, "callback", ["ok", "warning"]);

  step("the callback task is on the work list; record a satisfied callback");
  await city.goto("/cases/callbacks");
  const cbRow = city.locator('[data-testid="callback-table"] tr', { hasText: number });
  await cbRow.waitFor();
  await cbRow.locator('[data-testid="callback-record"]').click();
  const cbModal = city.locator(".ant-modal").filter({ has: city.locator('[data-testid="action-modal-callback"]') });
  await cbModal.waitFor();
  await cbModal.locator("label.ant-radio-button-wrapper", { hasText: /^满意$/ }).click();
  await cbModal.locator('[data-testid="field-note"]').fill("客户表示赔款已到账，对处理结果满意");
  await cbModal.locator('[data-testid="action-submit"]').click();
  await cbModal.waitFor({ state: "hidden" });

  step("the case is closed with the whole history");
  await city.goto(caseUrl);
  await expectState(city, "closed");
  for (const type of ["case.received", "case.accepted", "case.escalated", "case.replied", "case.closed", "case.callback_done"]) await expectEvent(city, type);
  await expectDeadline(city, "callback", ["met"]);
  await city.screenshot({ path: testInfo.outputPath("closed.png") });

  step("the API agrees (state, level, events)");
  const api = await apiAs("gzadmin");
  const id = caseUrl.split("/").pop()!;
  const detail = await api.get(`/cases/${id}`);
  if (detail.state !== "closed" || detail.level !== "city") throw new Error(`API shows state ${detail.state}, level ${detail.level}`);
  if (!detail.callbacks.some((c: any) => c.status === "done" && c.result === "satisfied")) throw new Error("no satisfied callback recorded");

  // ── a letter received earlier (C-01, C-04): its deadlines count from the receipt, so it is overdue ──
  step("teller1 registers an enquiry letter received two weeks ago");
  const teller = await newPage();
  await signIn(teller, "teller1");
  await teller.goto("/cases/new");
  await teller.locator('[data-testid="intake-form"]').waitFor();
  await teller.locator("label.ant-radio-button-wrapper", { hasText: "咨询" }).click();
  await teller.locator('[data-testid="intake-channel"]').click();
  await teller.locator(".ant-select-item-option", { hasText: /^信函$/ }).click();
  const letterSummary = `E2E 来信咨询保单贷款 ${suffix}`;
  await teller.locator('[data-testid="intake-summary"]').fill(letterSummary);
  await teller.locator('[data-testid="intake-name"]').fill("李秀英");
  const twoWeeksAgo = new Date(server.now().getTime() - 14 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
  await teller.locator('[data-testid="intake-received-at"]').click();
  await teller.keyboard.type(`${twoWeeksAgo} 10:00`);
  await teller.locator(".ant-picker-ok button").click();
  await teller.locator('[data-testid="intake-submit"]').click();
  await teller.locator('[data-testid="intake-created"]').waitFor();
  await teller.locator('[data-testid="deadline-reply"][data-tone="breached"]').waitFor();

  step("the overdue filter of the desk shows it in red");
  await teller.goto("/cases");
  await teller.locator('[data-testid="case-table"]').waitFor();
  await teller.locator('[data-testid="filter-overdue"]').click();
  const overdueRow = teller.locator('[data-testid="case-table"] tr', { hasText: letterSummary });
  await overdueRow.locator('[data-testid="deadline-reply"][data-tone="breached"]').waitFor();
  await teller.screenshot({ path: testInfo.outputPath("overdue-letter.png") });
});

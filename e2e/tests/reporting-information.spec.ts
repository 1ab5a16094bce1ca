// Reporting and information journeys (issue 16 done-when; I-04, I-01): the dashboard drilled down in
// the browser from head office to one teller; a business notice from the city reaches a counter, a
// teller confirms it, and the sender sees the read receipt; minutes kept past their retention are on
// the disposal list and their disposal is approved. Names on screen, not ids.
import { expect, test } from "../fixtures";

function todayIn(timeZone: string, at: Date) {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}
function weekdayIn(timeZone: string, at: Date) {
  return new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short" }).format(at).toLowerCase().slice(0, 3);
}

test("dashboard: head office drills down to province → city → counter → one teller (I-04)", async ({ page, signIn, apiAs, server, step }) => {
  step("天河 serves today and teller1 serves one ticket (queue API)");
  const hq = await apiAs("hqadmin");
  const tianhe = (await hq.get("/org-units?subtree=true")).items.find((u: any) => u.code === "GD-GZ-TH");
  const allDay = [["00:00", "23:59"]];
  await hq.patch(`/org-units/${tianhe.id}`, { businessHours: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay } });
  const tz = tianhe.timeZone || "Asia/Shanghai";
  const today = todayIn(tz, server.now());
  const day = (await hq.get(`/calendar/days?year=${today.slice(0, 4)}&orgUnitId=${tianhe.id}`)).days.find((d: any) => d.date === today);
  if (!day?.working) await hq.post("/calendar/overrides", { orgUnitId: tianhe.id, date: today, kind: "extraWorkday", reason: "E2E 看板逐级查看" });
  const teller = await apiAs("teller1");
  const mine = await teller.get("/windows/mine");
  const weekday = weekdayIn(tz, server.now());
  const types = await teller.get(`/counters/${tianhe.id}/business-types`);
  const servedToday = new Set<string>(types.items.filter((t: any) => t.active && t.servedDays.includes(weekday)).map((t: any) => t.code));
  const window = mine.windows.find((w: any) => w.active && !w.vip && w.businessTypes.some((b: string) => servedToday.has(b)));
  if (!window) throw new Error("no active window at 天河 serves a business type today");
  const manager = await apiAs("manager");
  const ticket = await manager.post(`/counters/${tianhe.id}/tickets`, { businessType: window.businessTypes.find((b: string) => servedToday.has(b)) });
  await teller.post(`/windows/${window.id}/sign-in`);
  for (let i = 0; i < 20; i++) {
    const called = await teller.post(`/windows/${window.id}/call-next`);
    if (!called.ticket) break;
    await teller.post(`/tickets/${called.ticket.id}/start`).catch(() => {});
    await teller.post(`/tickets/${called.ticket.id}/finish`, { outcome: "done" });
    if (called.ticket.id === ticket.id) break;
  }
  await teller.post(`/windows/${window.id}/sign-out`);
  const tellerName = teller.user.displayName as string;

  step("hqadmin opens the dashboard and drills down level by level");
  await signIn(page, "hqadmin");
  await page.goto("/reporting/dashboard");
  // the page's own breadcrumb (the header has the menu's)
  const crumbs = page.locator(".ant-breadcrumb").last();
  const drill = async (name: string, table: string) => {
    // a level's figures are computed from the raw data: on a busy machine this takes a while
    await expect(page.getByText(table, { exact: true })).toBeVisible({ timeout: 60_000 });
    await page.getByRole("cell").getByRole("button", { name, exact: true }).click();
    await expect(crumbs).toContainText(name, { timeout: 60_000 });
  };
  await drill("广东省分公司", "单位排名");
  await drill("广州市分公司", "单位排名");
  await drill("天河客户服务中心", "单位排名");
  await drill(tellerName, "柜员排名");
  await expect(page).toHaveURL(/tellerId=/);
  for (const n of ["广东省分公司", "广州市分公司", "天河客户服务中心", tellerName]) await expect(crumbs).toContainText(n);
  // the teller's own figures: the ticket served today
  const issued = page.locator(".ant-card").filter({ hasText: "取号量" }).first();
  await expect(issued).toContainText(/[1-9]/);

  step("the breadcrumb leads back up to the city");
  await crumbs.getByText("广州市分公司").click();
  await expect(page).not.toHaveURL(/tellerId=/);
  await expect(page.getByRole("cell").getByRole("button", { name: "天河客户服务中心", exact: true })).toBeVisible();
});

test("notices: a notice from the city reaches a counter, a teller confirms it, the city sees the receipt (I-01)", async ({ page, signIn, apiAs, newPage, server, step }) => {
  const suffix = String(server.now().getTime()).slice(-5);
  const title = `关于调整营业时间的通知 ${suffix}`;

  step("the city publishes a notice to its subtree");
  const city = await apiAs("gzadmin");
  await city.post("/information/notices", { title, body: "自下周一起，各客户服务中心午间照常营业。", category: "hours" });

  step("teller1 at 天河 reads it and confirms");
  const reader = await newPage();
  await signIn(reader, "teller1");
  await reader.goto("/information/notices");
  const row = reader.locator(".ant-table-row", { hasText: title });
  await expect(row).toContainText("未读");
  await row.getByRole("button", { name: title }).click();
  const dialog = reader.getByRole("dialog", { name: title });
  await expect(dialog).toContainText("午间照常营业");
  await dialog.getByRole("button", { name: "确认已读" }).click();
  await expect(row).toContainText("已读");
  const tellerName = (await apiAs("teller1")).user.displayName as string;

  step("the city's admin sees the read receipt");
  await signIn(page, "gzadmin");
  await page.goto("/information/notices");
  await page.locator(".ant-segmented-item", { hasText: "发布的通知" }).click();
  const sent = page.locator(".ant-table-row", { hasText: title });
  await sent.getByRole("button", { name: /已读 1 \// }).click();
  const drawer = page.getByRole("dialog", { name: title });
  await expect(drawer).toContainText("已读 1 /");
  // among the readers, with the unit and the time read; no longer among the unread
  await expect(drawer.getByRole("heading", { name: "已读" })).toBeVisible();
  await expect(drawer.getByRole("row", { name: new RegExp(`^${tellerName} 天河客户服务中心 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$`) })).toBeVisible();
  await expect(drawer.getByRole("row", { name: new RegExp(`^${tellerName} .*未读$`) })).toHaveCount(0);
});

test("records: a record past its retention is on the disposal list and its disposal is approved (I-01)", async ({ page, signIn, apiAs, step }) => {
  step("天河's minutes of a September morning meeting are written up late");
  const manager = await apiAs("manager");
  const tianhe = (await manager.get("/org-units?subtree=true")).items.find((u: any) => u.code === "GD-GZ-TH");
  await manager.post("/daily-ops/meetings", { counterId: tianhe.id, businessDate: "2026-09-01", attendees: [], review: "补录：九月一日晨会纪要" });

  step("the city keeps meeting minutes for one month");
  const city = await apiAs("gzadmin");
  await city.put("/information/retention-periods", { orgUnitId: city.user.orgUnitId, items: [{ recordType: "meetingMinutes", months: 1 }] });

  step("the city's admin finds the minutes on the disposal list and approves their disposal");
  await signIn(page, "gzadmin");
  await page.goto("/information/records");
  const row = page.getByRole("row", { name: /天河客户服务中心 会议记录 2026-09-01 2026-09-30/ });
  await expect(row).toBeVisible({ timeout: 60_000 });
  await row.getByRole("button", { name: "批准销毁" }).click();
  await expect(row).toContainText("已批准销毁：市分公司管理员");
  // never a silent deletion: the approval is audited and the record still listed as disposed
  const audit = await apiAs("hqadmin");
  const entries = (await audit.get("/audit?limit=50")).items as Array<{ action: string }>;
  expect(entries.map((e) => e.action)).toContain("record.disposed");
});

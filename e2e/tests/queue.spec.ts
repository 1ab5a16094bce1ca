// Queue and counter service (Q-02, Q-04, Q-05, Q-06, Q-09, Q-11, CAL-04): the kiosk issues a ticket,
// the hall display (opened before) shows it waiting and then the call without a reload, the teller
// calls, starts and finishes it, the rating pad rates it and the duty manager's monitor counts it.
// The server clock starts at the fixed CLOCK_START (a working-day morning); the journey still opens 天河
// all day (and the day, if it is not a working day) so it also passes with E2E_CLOCK_START at night.
import type { Locator, Page } from "@playwright/test";
import { test } from "../fixtures";
import { deviceSignIn, openDeviceMenu } from "../helpers";

const TZ = "Asia/Shanghai";

function localDate(timeZone: string, at: Date) {
  const p = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(at);
  const g = (k: string) => p.find((x) => x.type === k)!.value;
  return `${g("year")}-${g("month")}-${g("day")}`;
}

test("queue: kiosk ticket → display → teller call and finish → rating → monitor", async ({ server, newPage, signIn, apiAs, step }, testInfo) => {
  const shot = (page: Page, label: string) => page.screenshot({ path: testInfo.outputPath(`queue-${label}.png`) }).catch(() => {});
  const text = async (loc: Locator) => (await loc.innerText()).trim();

  step("make 天河 open now (CAL-04): all-day hours and, if needed, an extra working day");
  const hq = await apiAs("hqadmin");
  const units = await hq.get("/org-units?subtree=true");
  const tianhe = units.items.find((u: any) => u.code === "GD-GZ-TH");
  if (!tianhe) throw new Error("demo counter GD-GZ-TH not found");
  const tz = tianhe.timeZone || TZ;
  const allDay = [["00:00", "23:59"]];
  await hq.patch(`/org-units/${tianhe.id}`, { businessHours: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay } });
  // 23:59–00:00 is the one closed minute of an all-day frame: wait it out rather than fail.
  const hm = new Intl.DateTimeFormat("en-GB", { timeZone: tz, hour: "2-digit", minute: "2-digit", hour12: false }).format(server.now());
  if (hm === "23:59") await new Promise((r) => setTimeout(r, 62_000));
  const today = localDate(tz, server.now());
  const days = await hq.get(`/calendar/days?year=${today.slice(0, 4)}&orgUnitId=${tianhe.id}`);
  const day = days.days.find((d: any) => d.date === today);
  if (day && !day.working) {
    await hq.post("/calendar/overrides", { orgUnitId: tianhe.id, date: today, kind: "extraWorkday", reason: "e2e: the queue journey runs today" }).catch((e: any) => {
      if (e.status !== 409) throw e; // already opened by an earlier run
    });
  }

  step("the counter manager creates the hall devices (each token is shown once)");
  const manager = await apiAs("manager");
  const token: Record<string, string> = {};
  const deviceId: Record<string, string> = {};
  for (const kind of ["kiosk", "display", "ratingPad"]) {
    const d = await manager.post("/devices", { orgUnitId: tianhe.id, kind, name: `e2e ${kind}` });
    if (!d.token || !d.token.startsWith("dev_")) throw new Error(`device ${kind} came back without a token`);
    token[kind] = d.token;
    deviceId[kind] = d.id;
  }
  step("the hall display (1920×1080) signs in with its device token and goes live (Q-05)");
  const display = await newPage({ viewport: { width: 1920, height: 1080 } });
  await deviceSignIn(display, "/queue/display", token.display!);
  await display.locator('[data-testid="display"]').waitFor();
  await display.locator('[data-testid="stream-status"][data-status="open"]').waitFor();
  await display.locator('[data-testid="display-waiting-policy_service"]').waitFor();
  // Marks this very page: if it reloaded, the marker would be gone.
  await display.evaluate(() => {
    (window as any).__e2eMarker = "display-opened-before-the-call";
  });
  const waitingBefore = Number((await text(display.locator('[data-testid="display-waiting-policy_service"] b'))).replace(/\D/g, "")) || 0;

  step("the rating pad (1280×800) signs in and staff place it at window 3 (long press + staff PIN)");
  await manager.post(`/devices/${deviceId.ratingPad}/pin`, { pin: "246810" });
  const pad = await newPage({ viewport: { width: 1280, height: 800 } });
  await deviceSignIn(pad, "/queue/rating", token.ratingPad!);
  await pad.locator('[data-testid="rating-pad"]').waitFor();
  await openDeviceMenu(pad, "246810");
  await pad.locator('[data-testid="rating-window-3"]').click();
  await pad.locator('[data-testid="rating-idle"]').waitFor();
  await pad.locator('[data-testid="stream-status"][data-status="open"]').waitFor();

  step("a customer takes a 保全 ticket at the kiosk (1080×1920) and it prints (Q-02)");
  const kiosk = await newPage({ viewport: { width: 1080, height: 1920 } });
  await deviceSignIn(kiosk, "/queue/kiosk", token.kiosk!);
  await kiosk.locator('[data-testid="kiosk-type-policy_service"]').waitFor();
  await kiosk.evaluate(() => {
    (window as any).__printed = 0;
    window.print = () => {
      (window as any).__printed += 1;
    };
  });
  await shot(kiosk, "kiosk");
  await kiosk.locator('[data-testid="kiosk-type-policy_service"]').click();
  const number = await text(kiosk.locator('[data-testid="kiosk-number"]'));
  if (!/^[A-Z]+\d{3,}$/.test(number)) throw new Error(`unexpected ticket number "${number}"`);
  await kiosk.locator('[data-testid="kiosk-ahead"]').waitFor();
  await kiosk.waitForFunction(() => (window as any).__printed > 0);
  if ((await kiosk.locator(".q-print-area [data-testid='slip-number']").innerText()).trim() !== number) throw new Error("the print slip does not carry the number");
  await shot(kiosk, "kiosk-issued");

  step("the display, still the same page, shows one more waiting 保全 customer (live, no reload)");
  await display.waitForFunction(
    (n) => Number(document.querySelector('[data-testid="display-waiting-policy_service"] b')?.textContent?.replace(/\D/g, "") ?? "0") >= n,
    waitingBefore + 1,
  );

  step("teller1 signs in to window 3 on the console (1366×768) and calls next (Q-04)");
  const teller = await newPage({ viewport: { width: 1366, height: 768 } });
  await signIn(teller, "teller1");
  await teller.goto("/queue/console");
  await teller.locator('[data-testid="console-sign-in-3"]').click();
  await teller.locator('[data-testid="console-call-next"]').waitFor();
  let called = "";
  for (let i = 0; i < 6; i++) {
    await teller.locator('[data-testid="console-call-next"]').click();
    called = await text(teller.locator('[data-testid="console-ticket-number"]'));
    if (called === number) break;
    // Somebody else's ticket came first (another journey): mark it a no-show and call again.
    await teller.locator('[data-testid="console-no-show"]').click();
    await teller.locator(".ant-modal-confirm .ant-btn-primary").click();
    await teller.locator('[data-testid="console-ticket-number"]').waitFor({ state: "detached" });
  }
  if (called !== number) throw new Error(`the console called ${called}, expected ${number}`);

  step("the display that was open before the call shows it and its announcement (Q-05)");
  await display.locator('[data-testid="display-current-number"]', { hasText: number }).waitFor();
  await display.locator('[data-testid="display-window-3"]', { hasText: number }).waitFor();
  await display.locator('[data-testid="display-announcement"]', { hasText: number }).waitFor();
  // The voice queue renders what it speaks (speech synthesis may be silent in headless Chromium).
  await display.locator('[data-testid="display-spoken"]', { hasText: `请${number}号到3号窗口办理` }).waitFor();
  if ((await display.evaluate(() => (window as any).__e2eMarker)) !== "display-opened-before-the-call") throw new Error("the display reloaded");
  await shot(display, "display-called");

  step("raise hand (举手) lights the window on the display; recall announces the number again (Q-04, Q-05)");
  await teller.locator('[data-testid="console-raise-hand"]').click();
  await display.locator('[data-testid="display-window-3"].hand').waitFor();
  // The call is announced twice; wait until both went through the voice queue before the recall.
  await display.waitForFunction(() => Number(document.querySelector('[data-testid="display-spoken"]')?.getAttribute("data-count") ?? "0") >= 2, undefined, { timeout: 30_000 });
  const spokenBefore = Number(await display.locator('[data-testid="display-spoken"]').getAttribute("data-count"));
  await teller.locator('[data-testid="console-recall"]').click();
  await display.waitForFunction(
    (n) => Number(document.querySelector('[data-testid="display-spoken"]')?.getAttribute("data-count") ?? "0") > n,
    spokenBefore,
    { timeout: 30_000 },
  );
  if ((await display.evaluate(() => (window as any).__e2eMarker)) !== "display-opened-before-the-call") throw new Error("the display reloaded");

  step("the teller starts and finishes with documents incomplete, telling every missing item at once (Q-06, Q-11)");
  // Other journeys may have had this teller serve earlier today: the count must go up by one.
  const servedBefore = Number((await teller.locator('[data-testid="console-served"] .ant-statistic-content-value').textContent())?.replace(/\D/g, "") || "0");
  await teller.locator('[data-testid="console-start"]').click();
  await teller.locator('[data-testid="console-timer"]').waitFor();
  await teller.locator('[data-testid="console-ticket-status"]', { hasText: "办理中" }).waitFor();
  await teller.locator('[data-testid="console-finish"]').click();
  await teller.locator('[data-testid="finish-outcome-documents_incomplete"]').click();
  const finishOk = teller.locator('[data-testid="finish-ok"]');
  if (await finishOk.isEnabled()) throw new Error("finish with documents incomplete is allowed without a missing-documents list");
  await teller.locator(".ant-modal").getByText("身份证件原件").click();
  await teller.locator(".ant-modal").getByText("银行卡/存折").click();
  await shot(teller, "console-finish");
  await finishOk.click();
  await teller.locator('[data-testid="console-ticket-number"]').waitFor({ state: "detached" });
  await teller.locator('[data-testid="console-call-next"]:not([disabled])').waitFor();
  await teller.locator('[data-testid="console-served"]').getByText(String(servedBefore + 1), { exact: true }).waitFor();

  step("the rating pad at window 3 offers the finished ticket; the customer rates it 5 (Q-09)");
  await pad.locator('[data-testid="rating-ticket"]', { hasText: number }).waitFor();
  await pad.locator('[data-testid="rating-score-5"]').click();
  await pad.locator('[data-testid="rating-comment"]').fill("服务热情，一次性告知了需要补充的材料");
  await shot(pad, "rating");
  await pad.locator('[data-testid="rating-submit"]').click();
  await pad.locator('[data-testid="rating-thanks"]').waitFor();

  step("the API recorded the outcome, the missing documents and the rating");
  const queue = await manager.get(`/counters/${tianhe.id}/queue`);
  const done = queue.recentCalls.find((t: any) => t.number === number);
  const ticket = done ? await manager.get(`/tickets/${done.id}`) : null;
  if (!ticket || ticket.status !== "finished" || ticket.outcome !== "documents_incomplete") throw new Error(`ticket ${number} is ${ticket?.status}/${ticket?.outcome}`);
  if (ticket.missingDocuments.length !== 2) throw new Error(`missing documents recorded: ${JSON.stringify(ticket.missingDocuments)}`);
  if (!ticket.rating || ticket.rating.score !== 5) throw new Error(`rating recorded: ${JSON.stringify(ticket.rating)}`);
  if (ticket.recallCount !== 1) throw new Error(`recall count recorded: ${ticket.recallCount}`);

  step("the duty manager's live monitor shows today's figures with the served ticket and the rating");
  const duty = await newPage({ viewport: { width: 1440, height: 900 } });
  await signIn(duty, "duty");
  await duty.goto("/queue/monitor");
  await duty.locator('[data-testid="monitor-windows"]').getByText("柜员 王芳").waitFor();
  await duty.waitForFunction(() => {
    const v = (id: string) => Number(document.querySelector(`[data-testid="${id}"] .ant-statistic-content-value`)?.textContent?.replace(/[^\d.]/g, "") || "0");
    return v("monitor-today-served") >= 1 && v("monitor-today-ratings") >= 1;
  });
  const satisfaction = await text(duty.locator('[data-testid="monitor-today-satisfaction"] .ant-statistic-content-value'));
  if (!satisfaction.startsWith("100")) throw new Error(`satisfaction today shows "${satisfaction}"`);
  await shot(duty, "monitor");
  const stats = await manager.get(`/counters/${tianhe.id}/stats?from=${today}&to=${today}`).catch(() => null);
  if (stats && stats.served < 1) throw new Error(`stats for ${today} show served=${stats.served}`);
});

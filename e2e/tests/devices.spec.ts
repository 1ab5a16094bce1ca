// Customer devices (issue 10 items 1 and 9, issue 18 item 2): a kiosk pairs by a short code shown on its
// screen (the manager types the code, never a token); a tap or a double tap on the device name never signs
// it out (only a 2-second press plus the staff PIN opens the device menu); a kiosk signed in before opening
// time issues a ticket at opening time without a reload (the browser clock is driven with page.clock).
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";

const TZ = "Asia/Shanghai";
const WEEKDAY_KEYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

function local(at: Date, timeZone = TZ) {
  const p = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    weekday: "short",
    hour12: false,
  }).formatToParts(at);
  const g = (k: string) => p.find((x) => x.type === k)!.value;
  const weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(g("weekday"));
  return { date: `${g("year")}-${g("month")}-${g("day")}`, hour: Number(g("hour")) % 24, minute: Number(g("minute")), second: Number(g("second")), weekday: WEEKDAY_KEYS[weekday]! };
}

/** Pair a device page by its on-screen code, as the manager would on the devices page (the API behind it). */
async function pair(page: Page, manager: any, counterId: string, kind: string, name: string) {
  const code = page.locator('[data-testid="pairing-code"]');
  await expect(code).toHaveText(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  const shown = (await code.innerText()).trim();
  const device = await manager.post("/devices/pairing-codes/claim", { code: shown.toLowerCase(), orgUnitId: counterId, kind, name });
  return device as { id: string };
}

test("devices: pairing by code; a double tap on the device name does not sign out, a long press + PIN does", async ({ newPage, apiAs, signIn, step }, testInfo) => {
  const manager = await apiAs("manager");
  const units = await manager.get("/org-units?subtree=true");
  const tianhe = units.items.find((u: any) => u.code === "GD-GZ-TH");

  step("a new kiosk shows a pairing code; the manager enters it (the token is never typed)");
  const kiosk = await newPage({ viewport: { width: 1080, height: 1920 } });
  await kiosk.goto("/queue/kiosk");
  const device = await pair(kiosk, manager, tianhe.id, "kiosk", "e2e 配对取号机");
  await kiosk.locator('[data-testid="kiosk"]').waitFor({ timeout: 30_000 });
  await kiosk.screenshot({ path: testInfo.outputPath("devices-kiosk-paired.png") }).catch(() => {});

  step("taps and double taps on the device name do nothing (issue 18 item 2)");
  const name = kiosk.locator('[data-testid="device-name"]');
  await name.dblclick();
  await name.click();
  await name.dblclick();
  await kiosk.waitForTimeout(1000);
  await expect(kiosk.locator('[data-testid="kiosk"]')).toBeVisible();
  await expect(kiosk.locator('[data-testid="device-pin"]')).toHaveCount(0);
  await expect(kiosk.locator('[data-testid="pairing-code"]')).toHaveCount(0);

  step("the devices page shows the kiosk online with its last-seen time");
  const staff = await newPage();
  await signIn(staff, "manager");
  await staff.goto("/system/devices");
  await expect(staff.locator(`[data-testid="device-status-${device.id}"]`)).toHaveAttribute("data-online", "1");

  step("the manager sets the staff PIN; a long press (2 s) and the PIN open the device menu, which signs the kiosk out");
  await manager.post(`/devices/${device.id}/pin`, { pin: "246810" });
  await name.hover();
  await kiosk.mouse.down();
  await kiosk.waitForTimeout(2400);
  await kiosk.mouse.up();
  await kiosk.locator('[data-testid="device-pin"]').fill("246810");
  await kiosk.locator('[data-testid="device-pin-submit"]').click();
  await kiosk.locator('[data-testid="device-menu"]').waitFor();
  await kiosk.locator('[data-testid="device-sign-out"]').click();
  await kiosk.locator('[data-testid="device-sign-out-confirm"]').click();
  await kiosk.locator('[data-testid="pairing-code"]').waitFor();
});

test("devices: a kiosk signed in before opening time issues a ticket at opening time without a reload (CAL-04)", async ({ server, newPage, apiAs, step }, testInfo) => {
  const hq = await apiAs("hqadmin");
  const manager = await apiAs("manager");
  const units = await hq.get("/org-units?subtree=true");
  const tianhe = units.items.find((u: any) => u.code === "GD-GZ-TH");
  const tz = tianhe.timeZone || TZ;

  step("天河 opens today 2–3 minutes from now (the server's own time, so a slow start cannot eat the margin)");
  const serverAt = new Date((await manager.get(`/counters/${tianhe.id}/queue`)).at ?? server.now());
  const now = local(serverAt, tz);
  test.skip(now.hour === 23 && now.minute >= 55, "too close to midnight for a same-day opening");
  // At least 2 whole minutes ahead: pairing the kiosk and seeing it closed must happen before opening.
  const openAtMinutes = now.hour * 60 + now.minute + 3;
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
  const opening = hhmm(openAtMinutes);
  const hours: Record<string, string[][]> = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
  hours[now.weekday] = [[opening, "23:59"]];
  await hq.patch(`/org-units/${tianhe.id}`, { businessHours: hours });
  const days = await hq.get(`/calendar/days?year=${now.date.slice(0, 4)}&orgUnitId=${tianhe.id}`).catch(() => null);
  const day = days?.days?.find((d: any) => d.date === now.date);
  if (day && !day.working) {
    await hq.post("/calendar/overrides", { orgUnitId: tianhe.id, date: now.date, kind: "extraWorkday", reason: "e2e: the kiosk opens today" }).catch((e: any) => {
      if (e.status !== 409) throw e;
    });
  }
  const openingInstant = new Date(Date.parse(`${now.date}T${opening}:00+08:00`));

  step("a kiosk paired before opening shows 暂停营业 and the next opening time");
  const kiosk = await newPage({ viewport: { width: 1080, height: 1920 } });
  await kiosk.goto("/queue/kiosk");
  await pair(kiosk, manager, tianhe.id, "kiosk", "e2e 早班取号机");
  await kiosk.locator('[data-testid="kiosk-closed"]').waitFor({ timeout: 30_000 });
  await expect(kiosk.locator('[data-testid="kiosk-closed"]')).toContainText(opening);
  await expect(kiosk.locator('[data-testid="kiosk-type-claim"]')).toBeDisabled();
  await kiosk.evaluate(() => {
    (window as any).__e2eMarker = "kiosk-before-opening";
    window.print = () => {};
  });
  await kiosk.screenshot({ path: testInfo.outputPath("devices-kiosk-closed.png") }).catch(() => {});

  step("the browser clock stops 5 s before opening; the server reaches the opening instant (real time)");
  const browserNow = await kiosk.evaluate(() => Date.now());
  expect(browserNow, "the kiosk must still be before opening (setup took too long)").toBeLessThan(openingInstant.getTime() - 5_000);
  await kiosk.clock.pauseAt(new Date(openingInstant.getTime() - 5_000));
  await expect(kiosk.locator('[data-testid="kiosk-type-claim"]')).toBeDisabled();
  // The server's own clock (it started at CLOCK_START when it booted) decides: wait until it says open.
  for (;;) {
    const view = await manager.get(`/counters/${tianhe.id}/queue`);
    if (view.open) break;
    expect(Date.parse(view.at)).toBeLessThan(openingInstant.getTime() + 60_000);
    await kiosk.waitForTimeout(500);
  }

  step("the browser clock runs past the opening: the kiosk's own timer re-reads the hours and enables the tiles");
  // The browser clock was installed at the fixture's estimate of the server's time, which runs ahead of
  // the server by its boot time (seconds, more on a busy machine); the kiosk corrects its timer by that
  // offset, so the opening timer may be due that much after the opening in browser time. A minute and
  // more covers any such offset and also the kiosk's once-a-minute re-check.
  await kiosk.clock.runFor(70_000);
  await expect(kiosk.locator('[data-testid="kiosk-type-claim"]')).toBeEnabled({ timeout: 20_000 });
  await kiosk.clock.resume();
  expect(await kiosk.evaluate(() => (window as any).__e2eMarker)).toBe("kiosk-before-opening");

  step("the customer gets a ticket at opening time, from the same page (no reload)");
  await kiosk.locator('[data-testid="kiosk-type-claim"]').click();
  await expect(kiosk.locator('[data-testid="kiosk-number"]')).toHaveText(/^[A-Z]+\d{3,}$/);
  await expect(kiosk.locator('[data-testid="kiosk-issued-heading"]')).toBeFocused();
  await expect(kiosk.locator('[data-testid="kiosk-live"]')).toContainText(/\d/);
  expect(await kiosk.evaluate(() => (window as any).__e2eMarker)).toBe("kiosk-before-opening");
  await kiosk.screenshot({ path: testInfo.outputPath("devices-kiosk-opened.png") }).catch(() => {});
});

test("devices: the hall display drops a finished call at once and after a reload; the rating pad is a labelled radio group", async ({ newPage, apiAs, step }, testInfo) => {
  const manager = await apiAs("manager");
  const teller = await apiAs("teller1");
  const guide = await apiAs("guide");
  const units = await manager.get("/org-units?subtree=true");
  const tianhe = units.items.find((u: any) => u.code === "GD-GZ-TH");
  const windows = (await manager.get(`/counters/${tianhe.id}/windows`)).items as Array<{ id: string; number: number; vip: boolean }>;
  const w3 = windows.find((w) => w.number === 3)!;

  step("a display and a rating pad (placed at window 3 when paired) sign in by their codes");
  const display = await newPage({ viewport: { width: 1920, height: 1080 } });
  await display.goto("/queue/display");
  await pair(display, manager, tianhe.id, "display", "e2e 叫号屏");
  await display.locator('[data-testid="stream-status"][data-status="open"]').waitFor({ timeout: 30_000 });
  const pad = await newPage({ viewport: { width: 1280, height: 800 } });
  await pad.goto("/queue/rating");
  const code = pad.locator('[data-testid="pairing-code"]');
  await expect(code).toHaveText(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  await manager.post("/devices/pairing-codes/claim", { code: (await code.innerText()).trim(), orgUnitId: tianhe.id, kind: "ratingPad", name: "e2e 评价器", windowId: w3.id });
  await pad.locator('[data-testid="rating-idle"]').waitFor({ timeout: 30_000 });

  step("window 3 calls a ticket: the display shows it");
  await teller.post(`/windows/${w3.id}/sign-in`);
  const ticket = await guide.post(`/counters/${tianhe.id}/tickets`, { businessType: "claim" });
  await teller.post(`/windows/${w3.id}/call-next`);
  await expect(display.locator('[data-testid="display-current-number"]')).toHaveText(ticket.number);
  for (const w of windows.filter((x) => x.vip)) await expect(display.locator(`[data-testid="display-tag-vip-${w.number}"]`)).toBeVisible();
  await display.screenshot({ path: testInfo.outputPath("devices-display-called.png") }).catch(() => {});

  step("the ticket is finished: it leaves the display within 1 s, and stays gone after a reload");
  await teller.post(`/tickets/${ticket.id}/start`);
  await teller.post(`/tickets/${ticket.id}/finish`, { outcome: "done" });
  await expect(display.locator('[data-testid="display-current-number"]', { hasText: ticket.number })).toHaveCount(0, { timeout: 1_000 });
  await expect(display.locator('[data-testid="display-window-3"]')).not.toContainText(ticket.number);
  await display.reload();
  await display.locator('[data-testid="display-banner"]').waitFor();
  await expect(display.locator('[data-testid="display-no-call"]')).toBeVisible();

  step("the rating pad offers the finished ticket: a labelled radio group, submit explained until a face is chosen");
  await pad.locator('[data-testid="rating-ticket"]', { hasText: ticket.number }).waitFor();
  await expect(pad.getByRole("radiogroup")).toBeVisible();
  await expect(pad.getByRole("radio")).toHaveCount(5);
  await expect(pad.locator('[data-testid="rating-submit-hint"]')).toHaveText("请先选择评价");
  await expect(pad.getByLabel("留言（选填）")).toBeVisible();
  await pad.locator('[data-testid="rating-score-1"]').focus();
  await pad.keyboard.press("ArrowRight");
  await pad.keyboard.press("ArrowRight");
  await pad.keyboard.press("ArrowRight");
  await pad.keyboard.press("ArrowRight");
  await expect(pad.locator('[data-testid="rating-score-5"]')).toHaveAttribute("aria-checked", "true");
  await expect(pad.locator('[data-testid="rating-submit-hint"]')).toHaveCount(0);
  await pad.screenshot({ path: testInfo.outputPath("devices-rating.png") }).catch(() => {});
  await pad.locator('[data-testid="rating-submit"]').click();
  await pad.locator('[data-testid="rating-thanks"]').waitFor();
});

// Keyboard and screen reader (issue 18 item 4; WCAG 2.1.1 keyboard, 2.4.7 focus visible, 4.1.3 status
// messages, 4.1.2 name): four journeys done with the keyboard alone — Tab / Shift+Tab / Enter / Space /
// arrow keys / Escape through page.keyboard, never a mouse click — and at every focus stop the focused
// control must show a focus ring of our own (a solid outline ≥ 2 px, or a box-shadow ring, that is not
// transparent). The issued ticket (kiosk), the call (teller console, hall display) and form errors must be
// in a live region. The post-permission table's checkboxes are named in words, never by the action code.
// Set-up that is not the journey (hours, devices, signing in a device with its token) goes through the API
// or the usual helpers; the fixed clock is the fixtures' CLOCK_START.
import type { Page } from "@playwright/test";
import { type Api, expect, test } from "../fixtures";
import { createDevice, deviceSignIn, tianhe, trackApi } from "../helpers";

/** What has focus, and whether it (or, for a composite antd control, the part that draws it) shows a ring. */
interface FocusStop {
  desc: string;
  ring: boolean;
  /** the ring's colour (outline colour, or the shadow ring's colour) */
  colour: string;
  style: string;
}

/**
 * Our own focus rings (apps/web/src/styles.css, queue.css): #1f5fbf on staff pages, #8fb6ff on the dark
 * side menu, #ffbf00 on the customer devices. A ring in any other colour is a library's default, not ours.
 */
const OUR_RINGS = ["rgb(31, 95, 191)", "rgb(143, 182, 255)", "rgb(255, 191, 0)"];

/**
 * The focused element and its ring, measured on document.activeElement. Where antd draws a composite
 * control's ring on the control rather than on its inner element — a native checkbox/radio is drawn by
 * its sibling box (.ant-checkbox-inner / .ant-radio-inner, styles.css), a Radio.Button by its label, a
 * Select or date picker by its selector box (antd 6: `.ant-select:has(input:focus-visible)`) — and the
 * inner element has none, the control that is seen is measured instead (styles.css draws our ring there).
 */
async function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(async () => {
    // antd animates its focus styles (outline, box-shadow): measure once the transitions have run
    const settle = async (e: Element) => {
      await Promise.all(e.getAnimations().filter((a) => a instanceof CSSTransition).map((a) => a.finished.catch(() => undefined)));
    };
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return { desc: "<body>", ring: false, colour: "", style: "" };
    const id = el.getAttribute("data-testid") ?? el.closest("[data-testid]")?.getAttribute("data-testid") ?? "";
    const name = (el.getAttribute("aria-label") || el.innerText || (el as HTMLInputElement).placeholder || "").trim().replace(/\s+/g, " ").slice(0, 40);
    const desc = `<${el.tagName.toLowerCase()}${el.getAttribute("role") ? ` role=${el.getAttribute("role")}` : ""}${el.className && typeof el.className === "string" ? ` class="${el.className.slice(0, 60)}"` : ""}> ${id ? `[${id}] ` : ""}${name}`;
    const visibleColour = (c: string) => {
      const m = /rgba?\(([^)]+)\)/.exec(c);
      if (!m) return c !== "transparent";
      const parts = m[1]!.split(/[\s,/]+/).filter(Boolean);
      return parts.length < 4 || Number(parts[3]) >= 0.5;
    };
    const ringOf = async (shown: Element) => {
      await settle(shown);
      const cs = getComputedStyle(shown);
      const outline = cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) >= 2 && visibleColour(cs.outlineColor);
      // a ring drawn as a shadow: some outer layer with a spread ≥ 2 px in a colour that is not faint
      const shadowRing =
        cs.boxShadow === "none"
          ? undefined
          : cs.boxShadow.split(/,(?![^(]*\))/).find((layer) => {
              const colour = /rgba?\([^)]*\)/.exec(layer)?.[0] ?? "";
              const px = layer.replace(/rgba?\([^)]*\)/, "").match(/-?[\d.]+px/g) ?? [];
              return px.length >= 4 && parseFloat(px[3]!) >= 2 && !layer.includes("inset") && visibleColour(colour);
            });
      const shadow = shadowRing !== undefined;
      const colour = outline ? cs.outlineColor : (/rgba?\([^)]*\)/.exec(shadowRing ?? "")?.[0] ?? "");
      const box = shown.getBoundingClientRect();
      const seen = box.width > 0 && box.height > 0 && cs.visibility !== "hidden";
      const what = shown === el ? "" : `on ${shown.tagName.toLowerCase()}.${String((shown as HTMLElement).className).split(" ")[0]}: `;
      return { ring: seen && (outline || shadow), colour, style: `${what}outline ${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}; box-shadow ${cs.boxShadow}` };
    };
    let result = await ringOf(el);
    if (!result.ring) {
      const type = (el as HTMLInputElement).type;
      const drawnBy =
        el.tagName === "INPUT" && (type === "checkbox" || type === "radio")
          ? (el.closest(".ant-radio-button-wrapper") ?? el.nextElementSibling)
          : el.closest(".ant-select, .ant-picker");
      if (drawnBy) result = await ringOf(drawnBy);
    }
    return { desc, ...result };
  });
}

/** Asserts the focused control shows our focus ring; returns what has focus. */
async function expectRing(page: Page, where: string): Promise<FocusStop> {
  const stop = await focusStop(page);
  expect(stop.ring, `no visible focus ring ${where}: ${stop.desc} (${stop.style})`).toBe(true);
  expect(OUR_RINGS, `a focus ring that is not ours ${where}: ${stop.desc} (${stop.style})`).toContain(stop.colour);
  return stop;
}

/**
 * Presses Tab (or Shift+Tab) until the focused element is (inside) `selector`; every stop on the way must
 * show the focus ring. Fails after `max` presses.
 */
async function tabTo(page: Page, selector: string, opts: { back?: boolean; max?: number } = {}): Promise<string[]> {
  const key = opts.back ? "Shift+Tab" : "Tab";
  const path: string[] = [];
  for (let i = 0; i < (opts.max ?? 60); i++) {
    await page.keyboard.press(key);
    const stop = await expectRing(page, `after ${key} ×${i + 1} towards ${selector} (path: ${path.slice(-6).join(" → ")})`);
    path.push(stop.desc);
    const there = await page.evaluate((sel) => {
      const el = document.activeElement;
      return !!el && (el.matches(sel) || !!el.closest(sel));
    }, selector);
    if (there) return path;
  }
  throw new Error(`${selector} not reached with ${opts.max ?? 60} × ${key}; focus went: ${path.join(" → ")}`);
}

/** The text of the live regions (role=status/alert, aria-live other than off) of a page, whitespace removed. */
async function liveText(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]')]
      .map((e) => (e as HTMLElement).textContent ?? "")
      .join(" | ")
      .replace(/\s+/g, ""),
  );
}

/** 天河 open all day, every day (CAL-04), and today a working day: the journeys pass at any E2E_CLOCK_START. */
async function openTianheAllDay(hq: Api, now: Date): Promise<any> {
  const unit = await tianhe(hq);
  const allDay = [["00:00", "23:59"]];
  await hq.patch(`/org-units/${unit.id}`, { businessHours: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay } });
  const tz = unit.timeZone || "Asia/Shanghai";
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: tz, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  const days = await hq.get(`/calendar/days?year=${today.slice(0, 4)}&orgUnitId=${unit.id}`);
  const day = days.days.find((d: any) => d.date === today);
  if (day && !day.working) await hq.post("/calendar/overrides", { orgUnitId: unit.id, date: today, kind: "extraWorkday", reason: "e2e: keyboard journeys run today" });
  return { ...unit, today };
}

test("keyboard: kiosk ticket → teller calls, starts and finishes it → the display announces it", async ({ server, newPage, signIn, apiAs, step }) => {
  test.setTimeout(240_000);
  step("天河 open, a kiosk and a hall display created (API)");
  const hq = await apiAs("hqadmin");
  const unit = await openTianheAllDay(hq, server.now());
  const manager = await apiAs("manager");
  const kioskDevice = await createDevice(manager, unit.id, "kiosk");
  const displayDevice = await createDevice(manager, unit.id, "display");

  const display = await newPage({ viewport: { width: 1920, height: 1080 } });
  await deviceSignIn(display, "/queue/display", displayDevice.token);
  await display.locator('[data-testid="stream-status"][data-status="open"]').waitFor();

  step("(a) the customer takes a 保全 ticket at the kiosk with Tab and Enter");
  const kiosk = await newPage({ viewport: { width: 1080, height: 1920 } });
  await deviceSignIn(kiosk, "/queue/kiosk", kioskDevice.token);
  await kiosk.locator('[data-testid="kiosk-type-policy_service"]:not([disabled])').waitFor();
  await kiosk.evaluate(() => {
    window.print = () => {};
  });
  await tabTo(kiosk, '[data-testid="kiosk-type-policy_service"]');
  await kiosk.keyboard.press("Enter");
  const number = (await kiosk.locator('[data-testid="kiosk-number"]').innerText()).trim();
  expect(number).toMatch(/^[A-Z]+\d{3,}$/);

  step("the issued number is announced (live region) and focus moved to the ticket with its ring");
  await expect(kiosk.locator('[data-testid="kiosk-live"]')).toHaveAttribute("role", "status");
  await expect.poll(() => liveText(kiosk)).toContain(number.split("").join(""));
  expect((await liveText(kiosk)).includes(number) || (await kiosk.locator('[data-testid="kiosk-live"]').innerText()).replace(/\s+/g, "").includes(number)).toBe(true);
  const landed = await expectRing(kiosk, "on the issued ticket");
  expect(landed.desc).toContain("kiosk-issued-heading");

  step("more time with Space, then 完成 with Enter: back to the choice of business");
  await tabTo(kiosk, '[data-testid="kiosk-more-time"]');
  await kiosk.keyboard.press("Space");
  await tabTo(kiosk, '[data-testid="kiosk-done"]');
  await kiosk.keyboard.press("Enter");
  await kiosk.locator('[data-testid="kiosk-type-policy_service"]').waitFor();

  step("(b) teller1 signs in to window 3 on the console by keyboard");
  const teller = await newPage({ viewport: { width: 1366, height: 768 } });
  await signIn(teller, "teller1");
  await teller.goto("/queue/console");
  await teller.locator('[data-testid="console-sign-in-3"]').waitFor({ timeout: 90_000 });
  await tabTo(teller, '[data-testid="console-sign-in-3"]', { max: 80 });
  await teller.keyboard.press("Enter");
  await teller.locator('[data-testid="console-call-next"]:not([disabled])').waitFor();

  step("call next (Enter): the console and the hall display announce the call in live regions");
  await tabTo(teller, '[data-testid="console-call-next"]', { max: 80 });
  await teller.keyboard.press("Enter");
  await expect(teller.locator('[data-testid="console-ticket-number"]')).toHaveText(number);
  await expect.poll(() => liveText(teller)).toContain(number);
  await expect(teller.locator('[data-testid="console-live"]')).toContainText(number);
  await display.locator('[data-testid="display-current-number"]', { hasText: number }).waitFor();
  const banner = display.locator('[data-testid="display-banner"]');
  await expect(banner).toHaveAttribute("aria-live", /polite|assertive/);
  await expect(banner).toContainText(number);

  step("start (Enter) and finish: the finish dialog is confirmed by keyboard");
  await tabTo(teller, '[data-testid="console-start"]', { max: 40 });
  await teller.keyboard.press("Enter");
  await teller.locator('[data-testid="console-ticket-status"]', { hasText: "办理中" }).waitFor();
  await tabTo(teller, '[data-testid="console-finish"]', { max: 40 });
  await teller.keyboard.press("Enter");
  await teller.locator('[data-testid="finish-ok"]').waitFor();
  // the outcome is a radio group: arrow keys move the choice, and back to 办结 (done)
  await tabTo(teller, '[data-testid="finish-outcome"]', { max: 10 });
  await teller.keyboard.press("ArrowRight");
  await expect(teller.locator('[data-testid="finish-outcome"] input[type="radio"]:checked')).not.toHaveValue("done");
  await teller.keyboard.press("ArrowLeft");
  await expect(teller.locator('[data-testid="finish-outcome"] input[type="radio"]:checked')).toHaveValue("done");
  await tabTo(teller, '[data-testid="finish-ok"]', { max: 10 });
  await teller.keyboard.press("Enter");
  await teller.locator('[data-testid="console-ticket-number"]').waitFor({ state: "detached" });

  step("the API recorded the ticket finished");
  const queue = await manager.get(`/counters/${unit.id}/queue`);
  const done = queue.recentCalls.find((t: any) => t.number === number);
  const ticket = await manager.get(`/tickets/${done.id}`);
  expect(ticket.status).toBe("finished");
});

test("keyboard: a manager registers a complaint (form errors announced) and completes the daily close", async ({ page, server, signIn, apiAs, step }) => {
  test.setTimeout(240_000);
  const hq = await apiAs("hqadmin");
  const unit = await openTianheAllDay(hq, server.now());

  step("(c) the manager opens the intake from the case desk with Tab and Enter");
  const api = trackApi(page);
  await signIn(page, "manager");
  await page.goto("/cases");
  // a shared 2-CPU desk can take a while to load the desk's chunk and data
  await page.locator('[data-testid="case-intake"]').waitFor({ timeout: 90_000 });
  await api.settle();
  await tabTo(page, '[data-testid="case-intake"]', { max: 80 });
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/cases\/new$/);
  await page.locator('[data-testid="intake-form"]').waitFor({ timeout: 90_000 });

  step("submitting the empty form: the errors are announced through a live region");
  await tabTo(page, '[data-testid="intake-submit"]', { max: 80 });
  await page.keyboard.press("Enter");
  await page.locator(".ant-form-item-explain-error").first().waitFor();
  const announcer = page.locator('[data-testid="form-error-announcer"]');
  await expect(announcer).toHaveAttribute("aria-live", /polite|assertive/);
  await expect(announcer).toContainText("必填");

  step("kind chosen with the arrow keys (back to 投诉), then the fields typed after Shift+Tab and Tab");
  await tabTo(page, '[data-testid="intake-kind"]', { back: true, max: 40 });
  await page.keyboard.press("ArrowRight");
  await expect(page.locator('[data-testid="intake-kind"] input[type="radio"]:checked')).not.toHaveValue("complaint");
  await page.keyboard.press("ArrowLeft");
  await expect(page.locator('[data-testid="intake-kind"] input[type="radio"]:checked')).toHaveValue("complaint");
  await tabTo(page, '[data-testid="intake-summary"]', { max: 10 });
  await page.keyboard.type("E2E 键盘登记：客户投诉理赔进度无人告知");
  await tabTo(page, '[data-testid="intake-name"]', { max: 5 });
  await page.keyboard.type("王建国");
  await tabTo(page, '[data-testid="intake-phone"]', { max: 5 });
  await page.keyboard.type("13800138000");
  await tabTo(page, '[data-testid="intake-submit"]', { max: 20 });
  await page.keyboard.press("Enter");
  await page.locator('[data-testid="intake-created"]').waitFor();

  step("open the new case with the keyboard");
  await tabTo(page, '[data-testid="intake-open"]', { max: 80 });
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/cases\/[0-9A-Z]{26}$/);
  await page.locator('[data-testid="case-state"][data-state="received"]').first().waitFor();

  step("(d) the daily close: re-run the checks, notes, override switch (Space) and reason, complete and confirm");
  await page.goto("/daily-ops/close");
  await page.locator('[data-testid="rerun-checks"]').waitFor({ timeout: 90_000 });
  await tabTo(page, '[data-testid="rerun-checks"]', { max: 80 });
  await page.keyboard.press("Enter");
  await page.locator('[data-testid="rerun-checks"]:not(.ant-btn-loading)').waitFor();
  await tabTo(page, '[data-testid="close-notes"]', { max: 80 });
  await page.keyboard.type("E2E 键盘日结");
  const blocked = await page.locator('[data-testid="override-switch"]').count();
  if (blocked) {
    // a fresh morning has blocking checks open (e.g. no security check yet): the manager overrides with a reason
    await tabTo(page, '[data-testid="override-switch"]', { max: 10 });
    await page.keyboard.press("Space");
    await expect(page.locator('[data-testid="override-switch"]')).toHaveAttribute("aria-checked", "true");
    await tabTo(page, '[data-testid="override-reason"]', { max: 5 });
    await page.keyboard.type("E2E 演练：键盘完成日结");
  }
  await tabTo(page, '[data-testid="complete-close"]', { max: 10 });
  await page.keyboard.press("Enter");
  const confirm = page.locator(".ant-modal-confirm");
  await confirm.waitFor();
  // the confirmation takes focus on its OK button (with our ring); Enter confirms
  await expect.poll(async () => (await focusStop(page)).desc).toContain("确认日结");
  await expectRing(page, "on the close confirmation");
  await page.keyboard.press("Enter");
  await page.locator('[data-testid="close-paper"]').waitFor();
  await page.keyboard.press("Escape");
  await page.locator('[data-testid="close-completed"]').waitFor();

  step("the API recorded today's close");
  const manager = await apiAs("manager");
  const closes = await manager.get(`/daily-ops/closes?counterId=${unit.id}&from=${unit.today}&to=${unit.today}`);
  const rec = closes.items.find((c: any) => c.businessDate === unit.today);
  expect(rec, "no daily close recorded for today").toBeTruthy();
  expect(rec.overridden).toBe(blocked > 0);
});

test("permission table: every checkbox is named in words, never by an action code", async ({ page, signIn, step }) => {
  step("hqadmin opens the post-permission table");
  await signIn(page, "hqadmin");
  await page.goto("/system/permissions");
  const boxes = page.getByRole("checkbox");
  await expect(boxes.first()).toBeVisible({ timeout: 90_000 });
  const count = await boxes.count();
  expect(count).toBeGreaterThan(100);

  step("no accessible name is (or contains) an internal code; a known box is found by its Chinese name");
  await expect(page.getByRole("checkbox", { name: /^[a-z]+\.[a-zA-Z0-9_.]+$/ })).toHaveCount(0);
  await expect(page.getByRole("checkbox", { name: /[a-z][a-zA-Z]*\.[a-z][a-zA-Z0-9_.]*/ })).toHaveCount(0);
  // the role part is a word too (a raw role code would be `teller：…`)
  await expect(page.getByRole("checkbox", { name: /^[a-zA-Z_]+[:：]/ })).toHaveCount(0);
  // every name is "岗位：操作" in Chinese
  await expect(page.getByRole("checkbox", { name: /^[^：]*[\u4e00-\u9fff][^：]*：.*[\u4e00-\u9fff]/ })).toHaveCount(count);
  await expect(page.getByRole("checkbox", { name: "柜员：叫号办理", exact: true })).toHaveCount(1);

  step("a checkbox is reached with Tab, shows the ring, and Space asks for the reason (Escape cancels)");
  await tabTo(page, '[data-testid="permission-matrix"] input[type="checkbox"]', { max: 80 });
  await page.keyboard.press("Space");
  await page.locator('[data-testid="perm-reason"]').waitFor();
  await page.keyboard.press("Escape");
  await page.locator('[data-testid="perm-reason"]').waitFor({ state: "detached" });

  step("the province's table (K-07 province versions) names its checkboxes the same way");
  await page.goto("/system/permissions/province");
  const provinceBoxes = page.getByRole("checkbox");
  await expect(provinceBoxes.first()).toBeVisible({ timeout: 90_000 });
  const provinceCount = await provinceBoxes.count();
  expect(provinceCount).toBeGreaterThan(100);
  await expect(page.getByRole("checkbox", { name: /[a-z][a-zA-Z]*\.[a-z][a-zA-Z0-9_.]*/ })).toHaveCount(0);
  await expect(page.getByRole("checkbox", { name: /^[^：]*[\u4e00-\u9fff][^：]*：.*[\u4e00-\u9fff]/ })).toHaveCount(provinceCount);
});

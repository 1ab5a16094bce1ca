// Accessibility audit (issue 18 item 5; WCAG 2.0/2.1 A+AA, GB/T 37668, Q-13 elderly-friendly service):
// axe-core on every staff screen of every demo role (its menu entries) and on the hall devices (kiosk,
// hall display, rating pad), plus a contrast check that samples the rendered pixels behind every visible
// text of the customer devices (axe cannot judge gradients and images).
//
// Ratchet: e2e/a11y-baseline.json holds, per page, the critical+serious violation count (nodes) and,
// for device pages, the lowest sampled contrast. A page fails when it gets worse than its baseline; a
// page missing from the baseline must have 0 critical/serious violations. The figures are printed per
// page and written to .e2e-tmp/a11y.json.
//   A11Y_UPDATE_BASELINE=1 npx playwright test -c e2e a11y   lowers the baseline to today's figures (never
//   raises one; new pages are added as measured) — commit the file when violations were fixed.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { DEVICE_PATHS, contrastRatio, createDevice, decodePng, deviceSignIn, luminance, menuPaths, openDeviceMenu, parseCssColor, spaNavigate, tianhe, trackApi } from "../helpers";
import { ALL_ROLES, ROOT, sweepRoles } from "../settings";

// Every test starts its own server: with E2E_WORKERS > 1 the roles run side by side.
test.describe.configure({ mode: "parallel" });

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const BASELINE_FILE = join(ROOT, "e2e/a11y-baseline.json");
const PARTS_DIR = join(ROOT, ".e2e-tmp/a11y");
const REPORT_FILE = join(ROOT, ".e2e-tmp/a11y.json");
const UPDATE = process.env.A11Y_UPDATE_BASELINE === "1";
/** Sampled contrast may wobble by anti-aliasing; a drop below the baseline by more than this fails. */
const CONTRAST_TOLERANCE = 0.05;

interface PageFigures {
  page: string;
  critical: number;
  serious: number;
  moderate: number;
  minor: number;
  /** nodes per axe rule id (critical and serious rules only) */
  rules: Record<string, number>;
  /** where (critical and serious nodes: rule, selector, html), to find what to fix */
  nodes?: string[];
  minContrast?: number | null;
  worstTexts?: { text: string; ratio: number; color: string; background: string; fontSize: string }[];
  failedRequests?: string[];
  /** customer devices: controls under 64 px and texts under 22 px */
  undersized?: string[];
}
interface Baseline {
  note?: string;
  pages: Record<string, { criticalSerious: number; minContrast?: number }>;
}

function readBaseline(): Baseline {
  return existsSync(BASELINE_FILE) ? (JSON.parse(readFileSync(BASELINE_FILE, "utf8")) as Baseline) : { pages: {} };
}

/** Waits until the API is quiet and no spinner or skeleton is showing, so the counts do not depend on timing. */
async function quiet(page: Page, settle: () => Promise<void>): Promise<void> {
  await settle();
  await page
    .waitForFunction(() => !document.querySelector(".ant-spin-spinning, .ant-skeleton-active, .ant-btn-loading"), undefined, { timeout: 10_000 })
    .catch(() => {});
  await page.waitForTimeout(300);
  await settle();
}

async function axe(page: Page, key: string): Promise<PageFigures> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const figures: PageFigures = { page: key, critical: 0, serious: 0, moderate: 0, minor: 0, rules: {} };
  for (const v of result.violations) {
    const impact = (v.impact ?? "minor") as "critical" | "serious" | "moderate" | "minor";
    figures[impact] += v.nodes.length;
    if (impact === "critical" || impact === "serious") {
      figures.rules[v.id] = (figures.rules[v.id] ?? 0) + v.nodes.length;
      for (const n of v.nodes) {
        const d = n.any[0]?.data as { fgColor?: string; bgColor?: string; contrastRatio?: number } | undefined;
        const colours = d?.fgColor ? ` [${d.fgColor} on ${d.bgColor}: ${d.contrastRatio}:1]` : "";
        (figures.nodes ??= []).push(`${v.id} ${n.target.join(" ")}${colours} ${n.html.slice(0, 160)}`);
      }
    }
  }
  return figures;
}

/** Text boxes of every visible text (and placeholder) in the viewport, with the computed text colour. */
async function textBoxes(page: Page) {
  return page.evaluate(() => {
    const out: { x: number; y: number; w: number; h: number; color: string; fontSize: string; fontWeight: string; text: string }[] = [];
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const add = (r: DOMRect, color: string, cs: CSSStyleDeclaration, text: string) => {
      const x = Math.max(0, Math.floor(r.left));
      const y = Math.max(0, Math.floor(r.top));
      const w = Math.min(vw, Math.ceil(r.right)) - x;
      const h = Math.min(vh, Math.ceil(r.bottom)) - y;
      if (w >= 2 && h >= 4) out.push({ x, y, w, h, color, fontSize: cs.fontSize, fontWeight: cs.fontWeight, text: text.trim().slice(0, 40) });
    };
    // Screen-reader-only text (clipped to a 1 px box, e.g. live regions) is not seen: not sampled.
    const srOnly = (el: Element) => {
      for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
        const r = e.getBoundingClientRect();
        const cs = getComputedStyle(e);
        if ((r.width <= 2 || r.height <= 2) && (cs.overflow !== "visible" || cs.clip !== "auto")) return true;
        if (cs.clipPath.startsWith("inset(50%")) return true;
      }
      return false;
    };
    const visible = (el: Element) => ((el as HTMLElement).checkVisibility?.({ opacityProperty: true, visibilityProperty: true }) ?? true) && !srOnly(el);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const el = node.parentElement;
      if (!el || !node.textContent?.trim() || !visible(el) || el.closest("script,style,noscript,[aria-hidden='true']")) continue;
      const cs = getComputedStyle(el);
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) add(r, cs.color, cs, node.textContent);
    }
    for (const el of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input[placeholder],textarea[placeholder]")) {
      if (el.value || !el.placeholder || !visible(el)) continue;
      const cs = getComputedStyle(el);
      const ph = getComputedStyle(el, "::placeholder");
      const r = el.getBoundingClientRect();
      const pad = (v: string) => Number.parseFloat(v) || 0;
      add(
        new DOMRect(r.left + pad(cs.paddingLeft) + pad(cs.borderLeftWidth), r.top + pad(cs.paddingTop) + pad(cs.borderTopWidth), Math.min(r.width * 0.8, el.placeholder.length * pad(cs.fontSize)), pad(cs.lineHeight) || pad(cs.fontSize) * 1.4),
        ph.color,
        cs,
        `[placeholder] ${el.placeholder}`,
      );
    }
    return out;
  });
}

const HIDE_TEXT =
  "*, *::before, *::after, *::placeholder { color: transparent !important; -webkit-text-fill-color: transparent !important; text-shadow: none !important; caret-color: transparent !important; }";

/**
 * For every visible text: the rendered background is read from a screenshot taken with all text made
 * transparent (so the pixels inside the text's box are what is behind it — gradients and images
 * included); the contrast of the computed text colour (alpha composited) against those pixels is taken
 * at the 5th percentile of the box (the darkest/lightest spots, robust to a stray border pixel).
 */
async function sampledContrast(page: Page): Promise<{ min: number | null; worst: NonNullable<PageFigures["worstTexts"]> }> {
  const boxes = await textBoxes(page);
  const png = decodePng(await page.screenshot({ style: HIDE_TEXT, animations: "disabled", caret: "hide" }));
  const results: NonNullable<PageFigures["worstTexts"]> = [];
  for (const b of boxes) {
    const fg = parseCssColor(b.color);
    if (!fg || fg[3] === 0) continue;
    const ratios: number[] = [];
    const step = Math.max(1, Math.floor(Math.sqrt((b.w * b.h) / 400)));
    let bgSum = [0, 0, 0];
    for (let y = b.y; y < Math.min(png.height, b.y + b.h); y += step) {
      for (let x = b.x; x < Math.min(png.width, b.x + b.w); x += step) {
        const o = (y * png.width + x) * 4;
        const bg = [png.data[o]!, png.data[o + 1]!, png.data[o + 2]!];
        const a = fg[3];
        const tl = luminance(a * fg[0] + (1 - a) * bg[0]!, a * fg[1] + (1 - a) * bg[1]!, a * fg[2] + (1 - a) * bg[2]!);
        ratios.push(contrastRatio(tl, luminance(bg[0]!, bg[1]!, bg[2]!)));
        bgSum = bgSum.map((s, i) => s + bg[i]!);
      }
    }
    if (!ratios.length) continue;
    ratios.sort((p, q) => p - q);
    const ratio = Math.round(ratios[Math.floor(ratios.length * 0.05)]! * 100) / 100;
    const avg = bgSum.map((s) => Math.round(s / ratios.length));
    results.push({ text: b.text, ratio, color: b.color, background: `rgb(${avg.join(", ")}) avg`, fontSize: `${b.fontSize}/${b.fontWeight}` });
  }
  results.sort((p, q) => p.ratio - q.ratio);
  return { min: results.length ? results[0]!.ratio : null, worst: results.slice(0, 8) };
}

/** Customer-facing sizes (issue 18 item 1, elderly customers): tap targets and text. */
const MIN_TARGET_PX = 64;
const MIN_TEXT_PX = 22;

/**
 * What an elderly customer might tap or read and is too small: every visible control under 64 × 64 px and
 * every visible text under 22 px. The device-name button (a staff control: long press + PIN, issue 18 item
 * 2) and the stream badge (a status light for staff) are not the customer's.
 */
async function undersized(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ minTarget, minText }) => {
      const staff = ".q-device-name, .q-stream, [data-staff-only]";
      const shown = (el: Element) => {
        const r = el.getBoundingClientRect();
        return r.width > 2 && r.height > 2 && ((el as HTMLElement).checkVisibility?.({ opacityProperty: true, visibilityProperty: true }) ?? true);
      };
      const out: string[] = [];
      const controls = "button, a[href], input:not([type=hidden]), textarea, select, [role=button], [role=radio], [role=checkbox], [role=switch], [role=link]";
      for (const el of document.querySelectorAll(controls)) {
        if (el.closest(staff) || !shown(el)) continue;
        // a radio/checkbox input drawn inside a larger labelled control is measured as that control
        const box = (el.closest("label") ?? el).getBoundingClientRect();
        if (box.width < minTarget || box.height < minTarget) out.push(`control ${Math.round(box.width)}×${Math.round(box.height)} px “${(el.textContent || el.getAttribute("aria-label") || el.tagName).trim().slice(0, 30)}”`);
      }
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const el = walker.currentNode.parentElement;
        const text = walker.currentNode.textContent?.trim();
        if (!el || !text || el.closest(`script, style, [aria-hidden='true'], .q-sr-only, ${staff}`) || !shown(el)) continue;
        const px = Number.parseFloat(getComputedStyle(el).fontSize);
        if (px < minText) out.push(`text ${px} px “${text.slice(0, 30)}”`);
      }
      return out;
    },
    { minTarget: MIN_TARGET_PX, minText: MIN_TEXT_PX },
  );
}

/** Compares with the baseline, prints the table, writes this test's part of .e2e-tmp/a11y.json. */
function report(part: string, figures: PageFigures[]): string[] {
  const baseline = readBaseline();
  const regressions: string[] = [];
  const unmeasured = new Set<string>();
  const rows = figures.map((f) => {
    const base = baseline.pages[f.page];
    const cs = f.critical + f.serious;
    const allowed = base?.criticalSerious ?? 0;
    // A role (or the devices) never measured yet has no entries at all: reported, not failed, until the
    // baseline is recorded (A11Y_UPDATE_BASELINE=1). A new page of a measured role must be clean.
    const group = f.page.split(" ")[0]!;
    const measured = Object.keys(baseline.pages).some((k) => k.split(" ")[0] === group);
    if (!base && !measured && !UPDATE) unmeasured.add(group);
    if (cs > allowed && base === undefined && (!measured || UPDATE)) {
      // recorded now (update mode) or not yet measured: no regression
    } else if (cs > allowed) regressions.push(`${f.page}: ${cs} critical/serious violations, baseline ${allowed} (${Object.entries(f.rules).map(([r, n]) => `${r}×${n}`).join(", ")}) at ${(f.nodes ?? []).slice(0, 4).join(" | ")}`);
    if (f.minContrast != null && base?.minContrast != null && f.minContrast < base.minContrast - CONTRAST_TOLERANCE) {
      regressions.push(`${f.page}: lowest sampled text contrast ${f.minContrast}:1, baseline ${base.minContrast}:1 (“${f.worstTexts?.[0]?.text}”)`);
    }
    return { page: f.page, critical: f.critical, serious: f.serious, moderate: f.moderate, minor: f.minor, baseline: allowed, "min contrast": f.minContrast ?? "" };
  });
  console.log(`\naxe (${TAGS.join(", ")}) — ${part}`);
  console.table(rows);
  for (const g of unmeasured) console.log(`⚠ no baseline yet for "${g}": these figures are not checked — record them with A11Y_UPDATE_BASELINE=1`);
  mkdirSync(PARTS_DIR, { recursive: true });
  writeFileSync(join(PARTS_DIR, `${part}.json`), JSON.stringify(figures, null, 2));
  const all = readdirSync(PARTS_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(join(PARTS_DIR, f), "utf8")) as PageFigures[]);
  writeFileSync(REPORT_FILE, JSON.stringify({ tags: TAGS, pages: all }, null, 2));
  if (UPDATE) {
    const next = readBaseline();
    for (const f of figures) {
      const cs = f.critical + f.serious;
      const old = next.pages[f.page];
      const entry = { criticalSerious: old ? Math.min(old.criticalSerious, cs) : cs } as Baseline["pages"][string];
      if (f.minContrast != null) entry.minContrast = old?.minContrast != null ? Math.max(old.minContrast, f.minContrast) : f.minContrast;
      next.pages[f.page] = entry;
    }
    next.pages = Object.fromEntries(Object.entries(next.pages).sort(([a], [b]) => a.localeCompare(b)));
    writeFileSync(BASELINE_FILE, `${JSON.stringify(next, null, 2)}\n`);
  }
  return regressions;
}

/** A raw ULID (26-character Crockford base32) on screen is an id where a name belongs. */
const ULID_RE = /\b[0-9A-HJKMNP-TV-Z]{26}\b/g;
const WALK_DIR = join(ROOT, ".e2e-tmp", "menu-walk");

interface WalkResult {
  path: string;
  failedRequests: string[];
  rawIds: string[];
  pageErrors: string[];
}

interface Sweep {
  walk: WalkResult[];
  figures: PageFigures[];
}

/**
 * One visit per menu entry does both checks (issue 10 item 2 menu walk, issue 18 axe audit): no API
 * response ≥ 400, no page error, no raw id on screen, and the axe figures. `skip`: paths already visited
 * (by an earlier role of the same sweep) are left out; the visited ones are added to it.
 */
async function sweepMenu(page: Page, role: string, signIn: (page: Page, username: string) => Promise<void>, step: (s: string) => void, skip?: Set<string>): Promise<Sweep> {
  const api = trackApi(page);
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  mkdirSync(WALK_DIR, { recursive: true });
  step(`${role} signs in`);
  await signIn(page, role);
  await quiet(page, () => api.settle());
  // E2E_SCREEN_PATHS=/people,/control/assets walks only the menu entries under those paths (a quick check of new screens).
  const only = process.env.E2E_SCREEN_PATHS?.split(",").filter(Boolean);
  const paths = ["/", ...(await menuPaths(page)).filter((p) => p !== "/")].filter((p) => (!only || only.some((o) => p.startsWith(o))) && (p === "/" || !skip?.has(p)));
  const sweep: Sweep = { walk: [], figures: [] };
  for (const path of paths) {
    step(`${role} opens ${path}`);
    // every role's home is its own (its dashboard): visited for each role
    if (path !== "/") skip?.add(path);
    api.failures.length = 0;
    pageErrors.length = 0;
    if (path !== new URL(page.url()).pathname) await spaNavigate(page, path);
    await quiet(page, () => api.settle());
    const text = await page.locator("body").innerText();
    if (path === "/") await page.screenshot({ path: join(WALK_DIR, `${role}-home.png`) }).catch(() => {});
    sweep.walk.push({ path, failedRequests: [...api.failures], rawIds: [...new Set(text.match(ULID_RE) ?? [])], pageErrors: [...pageErrors] });
    // E2E_SWEEP_AXE=0: the menu walk alone (failed requests, raw ids, page errors), without the axe audit.
    if (process.env.E2E_SWEEP_AXE !== "0") sweep.figures.push(await axe(page, `${role} ${path}`));
    // Written after every page, so a walk cut by its timeout still leaves what it saw.
    writeFileSync(join(WALK_DIR, `${role}.partial.json`), JSON.stringify(sweep, null, 2));
  }
  writeFileSync(join(WALK_DIR, `${role}.json`), JSON.stringify(sweep.walk, null, 2));
  for (const r of sweep.walk) console.log(`${role} ${r.path}: ${r.failedRequests.length} failed requests, ${r.rawIds.length} raw ids, ${r.pageErrors.length} page errors`);
  return sweep;
}

/** The walk's problems (failed request, page error, raw id), one line per page. */
function walkProblems(role: string, walk: WalkResult[]): string[] {
  return walk
    .filter((r) => r.failedRequests.length || r.rawIds.length || r.pageErrors.length)
    .map((r) => `${role} ${r.path}: ${[...r.failedRequests, ...r.rawIds.map((i) => `raw id ${i}`), ...r.pageErrors.map((e) => `page error ${e}`)].join("; ")}`);
}

const sweepTimeout = () => Number(process.env.E2E_SWEEP_TIMEOUT_MIN || 35) * 60_000;

if (process.env.E2E_SCREEN_ROLES) {
  // E2E_SCREEN_ROLES=all (or a list): every menu entry of each role, one test per role (side by side with E2E_WORKERS > 1).
  for (const role of sweepRoles([])) {
    test(`screens of ${role}: every menu entry loads cleanly, no raw id, axe (WCAG 2.1 AA) no worse than baseline`, async ({ page, signIn, step }) => {
      // A loaded machine (or E2E_SCREEN_ROLES=all on one worker) may need longer: E2E_SWEEP_TIMEOUT_MIN.
      test.setTimeout(sweepTimeout());
      const { walk, figures } = await sweepMenu(page, role, signIn, step);
      const regressions = process.env.E2E_SWEEP_AXE === "0" ? [] : report(`staff-${role}`, figures);
      expect(walk.length).toBeGreaterThan(process.env.E2E_SCREEN_PATHS ? 0 : 1);
      expect(walkProblems(role, walk), "menu entries with a failed request, a page error or a raw id on screen").toEqual([]);
      expect(regressions, "pages worse than e2e/a11y-baseline.json").toEqual([]);
    });
  }
} else {
  // npm test: every demo role signs in, and every menu entry is opened once — by the first role (in this
  // order) whose menu has it: the manager's whole menu (the counter's screens on a counter's own data), then
  // what HQ, the auditor and the others see that the earlier roles did not.
  test("screens of every demo role: each menu entry once, loads cleanly, no raw id, axe (WCAG 2.1 AA) no worse than baseline", async ({ newPage, signIn, step }) => {
    test.setTimeout(sweepTimeout());
    const seen = new Set<string>();
    const problems: string[] = [];
    const regressions: string[] = [];
    for (const role of ["manager", ...ALL_ROLES.filter((r) => r !== "manager")]) {
      const page = await newPage();
      const { walk, figures } = await sweepMenu(page, role, signIn, step, seen);
      await page.context().close();
      problems.push(...walkProblems(role, walk));
      if (process.env.E2E_SWEEP_AXE !== "0") regressions.push(...report(`staff-${role}`, figures));
    }
    console.log(`${seen.size} menu entries opened`);
    expect(seen.size).toBeGreaterThan(40);
    expect(problems, "menu entries with a failed request, a page error or a raw id on screen").toEqual([]);
    expect(regressions, "pages worse than e2e/a11y-baseline.json").toEqual([]);
  });
}

test("a11y: hall devices — kiosk, display, rating pad (axe and sampled contrast)", async ({ apiAs, newPage }) => {
  test.setTimeout(10 * 60_000);
  const hq = await apiAs("hqadmin");
  const manager = await apiAs("manager");
  const unit = await tianhe(hq);
  const allDay = [["00:00", "23:59"]];
  await hq.patch(`/org-units/${unit.id}`, { businessHours: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay } });
  const figures: PageFigures[] = [];
  /** `customer`: a screen the customer uses (not the staff's pairing screen): sizes are checked too. */
  const audit = async (page: Page, key: string, customer = true) => {
    await page.waitForTimeout(500);
    const f = await axe(page, key);
    const c = await sampledContrast(page);
    f.minContrast = c.min;
    f.worstTexts = c.worst;
    if (customer) f.undersized = await undersized(page);
    figures.push(f);
  };

  await test.step("kiosk (1080×1920): pairing screen, home, issued ticket", async () => {
    const kiosk = await newPage({ viewport: { width: 1080, height: 1920 } });
    await kiosk.goto(DEVICE_PATHS.kiosk);
    await kiosk.locator('[data-testid="device-token"], [data-testid="device-token-toggle"]').first().waitFor();
    await audit(kiosk, "device kiosk (sign-in)", false);
    const kioskDevice = await createDevice(manager, unit.id, "kiosk");
    await deviceSignIn(kiosk, DEVICE_PATHS.kiosk, kioskDevice.token);
    await kiosk.locator('[data-testid^="kiosk-type-"]').first().waitFor();
    await kiosk.evaluate(() => {
      window.print = () => {};
    });
    await audit(kiosk, "device kiosk");
    await kiosk.locator('[data-testid^="kiosk-type-"]').first().click();
    await kiosk.locator('[data-testid="kiosk-number"]').waitFor();
    await audit(kiosk, "device kiosk (ticket issued)");
    await kiosk.locator('[data-testid="kiosk-done"]').click();
    // the large-text / high-contrast mode, switched on by staff from the devices page (issue 18 item 1)
    await manager.patch(`/devices/${kioskDevice.id}/settings`, { largeText: true });
    await kiosk.reload();
    await kiosk.locator(".q-kiosk.q-hc").waitFor();
    await kiosk.locator('[data-testid^="kiosk-type-"]').first().waitFor();
    await audit(kiosk, "device kiosk (large text)");
  });

  let display: Page | undefined;
  await test.step("hall display (1920×1080)", async () => {
    display = await newPage({ viewport: { width: 1920, height: 1080 } });
    const device = await createDevice(manager, unit.id, "display");
    await deviceSignIn(display, DEVICE_PATHS.display, device.token);
    await display.locator('[data-testid="display"]').waitFor();
    await display.locator('[data-testid="stream-status"][data-status="open"]').waitFor();
    await audit(display, "device display");
    await manager.patch(`/devices/${device.id}/settings`, { largeText: true });
    await display.reload();
    await display.locator('[data-testid="display"].q-hc [data-testid="stream-status"][data-status="open"]').waitFor();
    await audit(display, "device display (large text)");
  });

  await test.step("rating pad (1280×800): no window yet; bound to window 3 by staff (long press + PIN), idle", async () => {
    const pad = await newPage({ viewport: { width: 1280, height: 800 } });
    const device = await createDevice(manager, unit.id, "ratingPad");
    await manager.post(`/devices/${device.id}/pin`, { pin: "246810" });
    await deviceSignIn(pad, DEVICE_PATHS.ratingPad, device.token);
    await pad.locator('[data-testid="rating-pad"]').waitFor();
    await audit(pad, "device rating pad (no window)");
    await openDeviceMenu(pad, "246810");
    await pad.locator('[data-testid="rating-window-3"]').click();
    await pad.locator('[data-testid="rating-idle"]').waitFor();
    await audit(pad, "device rating pad");
    // a claim ticket; window 3 calls it (the display shows the call), serves it, and the pad asks for a rating
    const teller = await apiAs("teller1");
    const w3 = ((await manager.get(`/counters/${unit.id}/windows`)).items as { id: string; number: number }[]).find((w) => w.number === 3)!;
    await teller.post(`/windows/${w3.id}/sign-in`);
    await (await apiAs("guide")).post(`/counters/${unit.id}/tickets`, { businessType: "claim" });
    const { ticket } = await teller.post(`/windows/${w3.id}/call-next`);
    expect(ticket, "window 3 calls a ticket").not.toBeNull();
    await display!.locator('[data-testid="display-current-number"]', { hasText: ticket.number }).waitFor();
    await audit(display!, "device display (calling, large text)");
    await teller.post(`/tickets/${ticket.id}/start`);
    await teller.post(`/tickets/${ticket.id}/finish`, { outcome: "done" });
    await pad.locator('[data-testid="rating-ticket"]', { hasText: ticket.number }).waitFor();
    await audit(pad, "device rating pad (rating)");
    await pad.locator('[data-testid="rating-score-5"]').click();
    await audit(pad, "device rating pad (face chosen)");
    await pad.locator('[data-testid="rating-submit"]').click();
    await pad.locator('[data-testid="rating-thanks"]').waitFor();
    await manager.patch(`/devices/${device.id}/settings`, { largeText: true });
    await pad.reload();
    await pad.locator('[data-testid="rating-pad"].q-hc [data-testid="rating-idle"]').waitFor();
    await audit(pad, "device rating pad (large text)");
  });

  for (const f of figures) {
    if (f.worstTexts?.length) console.log(`${f.page}: lowest contrast ${f.worstTexts.slice(0, 3).map((w) => `${w.ratio}:1 “${w.text}” ${w.color} on ${w.background}`).join("; ")}`);
    if (f.undersized) console.log(`${f.page}: ${f.undersized.length} controls under ${MIN_TARGET_PX} px or texts under ${MIN_TEXT_PX} px${f.undersized.length ? `: ${f.undersized.join("; ")}` : ""}`);
  }
  const regressions = report("devices", figures);
  expect(regressions, "pages worse than e2e/a11y-baseline.json").toEqual([]);
  // Absolute floors, whatever the baseline says: every customer-facing text ≥ 4.5:1 on its sampled background
  // (WCAG 1.4.3), every customer control ≥ 64 px and text ≥ 22 px (issue 18 item 1).
  expect(figures.filter((f) => f.minContrast != null && f.minContrast < 4.5).map((f) => `${f.page}: ${f.minContrast}:1 “${f.worstTexts?.[0]?.text}”`)).toEqual([]);
  expect(figures.flatMap((f) => (f.undersized ?? []).map((u) => `${f.page}: ${u}`))).toEqual([]);
});

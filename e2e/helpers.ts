// Helpers shared by specs: the signed-in menu, waiting for the API to go quiet, hall devices,
// and a small PNG decoder + WCAG contrast maths for the pixel-sampling contrast check.
import { inflateSync } from "node:zlib";
import type { Page } from "@playwright/test";
import type { Api } from "./fixtures";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Tracks the page's pending /api/ requests (call once per page, before navigating). */
export function trackApi(page: Page): { settle: (quietMs?: number, maxMs?: number) => Promise<void>; failures: string[] } {
  const pending = new Set<unknown>();
  const failures: string[] = [];
  // Event streams (the queue's and the notification centre's SSE) stay open for the page's life: never "pending".
  page.on("request", (r) => {
    if (r.url().includes("/api/") && r.resourceType() !== "eventsource" && !r.url().includes("/stream")) pending.add(r);
  });
  page.on("requestfinished", (r) => pending.delete(r));
  page.on("requestfailed", (r) => pending.delete(r));
  page.on("response", (r) => {
    const u = new URL(r.url());
    if (u.pathname.startsWith("/api/") && r.status() >= 400 && !u.pathname.startsWith("/api/v1/auth/login")) failures.push(`${r.request().method()} ${u.pathname}${u.search} → ${r.status()}`);
  });
  return {
    failures,
    async settle(quietMs = 600, maxMs = 12_000) {
      const start = Date.now();
      let quietSince = Date.now();
      while (Date.now() - start < maxMs) {
        if (pending.size > 0) quietSince = Date.now();
        else if (Date.now() - quietSince >= quietMs) return;
        await sleep(100);
      }
    },
  };
}

/** Every menu path of the signed-in user (sub-menus opened one by one), in menu order. */
export async function menuPaths(page: Page): Promise<string[]> {
  const menu = page.locator('[data-testid="side-menu"]');
  await menu.waitFor();
  const titles = menu.locator(".ant-menu-submenu-title");
  const n = await titles.count();
  for (let i = 0; i < n; i++) {
    const sub = menu.locator(":scope > .ant-menu-submenu").nth(i);
    const open = await sub.evaluate((el) => el.classList.contains("ant-menu-submenu-open")).catch(() => true);
    if (!open) await titles.nth(i).click();
    await sleep(150);
  }
  const ids = await menu.locator("li.ant-menu-item").evaluateAll((els) => els.map((e) => e.getAttribute("data-menu-id") ?? ""));
  return [...new Set(ids.map((id) => id.slice(id.indexOf("-/") + 1)).filter((p) => p.startsWith("/")))];
}

/** Client-side navigation (no reload): the SPA stays loaded, like a user clicking the menu. */
export async function spaNavigate(page: Page, path: string): Promise<void> {
  await page.evaluate((p) => {
    window.history.pushState({}, "", p);
    window.dispatchEvent(new PopStateEvent("popstate"));
  }, path);
}

export type DeviceKind = "kiosk" | "display" | "ratingPad";
export const DEVICE_PATHS: Record<DeviceKind, string> = { kiosk: "/queue/kiosk", display: "/queue/display", ratingPad: "/queue/rating" };

/** The Asia/Shanghai calendar date n days after d (YYYY-MM-DD): dates from the server's fixed clock. */
export const shanghaiDay = (d: Date, n: number): string => new Date(d.getTime() + n * 86_400_000).toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });

/** Daily shift templates [code, name, start, end] of a counter, created unless the unit has them (P-05). */
export async function ensureShiftTemplates(api: Api, orgUnitId: string, shifts: ReadonlyArray<readonly [string, string, string, string]>): Promise<void> {
  const existing = (await api.get(`/people/shift-templates?orgUnitId=${orgUnitId}`)).items.map((t: { code: string }) => t.code);
  for (const [code, name, start, end] of shifts) {
    if (!existing.includes(code)) await api.post("/people/shift-templates", { orgUnitId, code, name, start, end, minStaff: 1, skill: null, days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] });
  }
}

/** The 天河 demo counter (GD-GZ-TH). */
export async function tianhe(api: Api): Promise<any> {
  const units = await api.get("/org-units?subtree=true");
  const unit = units.items.find((u: any) => u.code === "GD-GZ-TH");
  if (!unit) throw new Error("demo counter GD-GZ-TH not found");
  return unit;
}

/** A new device at the counter through the API (as a counter manager): its id and token (shown once). */
export async function createDevice(manager: Api, orgUnitId: string, kind: DeviceKind, name = `e2e ${kind}`): Promise<{ id: string; token: string }> {
  const d = await manager.post("/devices", { orgUnitId, kind, name });
  if (!d.token) throw new Error(`device ${kind} came back without a token`);
  return { id: d.id ?? d.device?.id, token: d.token as string };
}

/** Opens the device menu of a signed-in device page: a 2-second press on the device name, then the staff PIN. */
export async function openDeviceMenu(page: Page, pin: string): Promise<void> {
  await page.locator('[data-testid="device-name"]').hover();
  await page.mouse.down();
  await page.waitForTimeout(2400);
  await page.mouse.up();
  await page.locator('[data-testid="device-pin"]').fill(pin);
  await page.locator('[data-testid="device-pin-submit"]').click();
}

/** Opens a device page and signs it in with its token (opening the token form when it is folded away). */
export async function deviceSignIn(page: Page, path: string, token: string): Promise<void> {
  await page.goto(path);
  const field = page.locator('[data-testid="device-token"]');
  const toggle = page.locator('[data-testid="device-token-toggle"]');
  await field.or(toggle).first().waitFor();
  if (!(await field.isVisible()) && (await toggle.count())) await toggle.click();
  await field.fill(token);
  await page.locator('[data-testid="device-submit"]').click();
}

// ── pixels and contrast ───────────────────────────────────────────────────────────────────────────

export interface Rgba {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel. */
  data: Uint8Array;
}

/** Decodes an 8-bit, non-interlaced RGB/RGBA PNG (what Chromium's screenshots are). */
export function decodePng(buf: Buffer): Rgba {
  if (buf.readUInt32BE(0) !== 0x89504e47) throw new Error("not a PNG");
  let pos = 8;
  let width = 0;
  let height = 0;
  let colorType = 0;
  const idat: Buffer[] = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString("ascii", pos + 4, pos + 8);
    const body = buf.subarray(pos + 8, pos + 8 + len);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const depth = body[8];
      colorType = body[9]!;
      if (depth !== 8 || (colorType !== 2 && colorType !== 6) || body[12] !== 0) throw new Error(`unsupported PNG (depth ${depth}, colour type ${colorType}, interlace ${body[12]})`);
    } else if (type === "IDAT") idat.push(body);
    else if (type === "IEND") break;
    pos += 12 + len;
  }
  const bpp = colorType === 6 ? 4 : 3;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const out = new Uint8Array(width * height * 4);
  const prev = new Uint8Array(stride);
  const cur = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? cur[i - bpp]! : 0;
      const b = prev[i]!;
      const c = i >= bpp ? prev[i - bpp]! : 0;
      let v = line[i]!;
      if (f === 1) v += a;
      else if (f === 2) v += b;
      else if (f === 3) v += (a + b) >> 1;
      else if (f === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      cur[i] = v & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      out[o] = cur[x * bpp]!;
      out[o + 1] = cur[x * bpp + 1]!;
      out[o + 2] = cur[x * bpp + 2]!;
      out[o + 3] = bpp === 4 ? cur[x * bpp + 3]! : 255;
    }
    prev.set(cur);
  }
  return { width, height, data: out };
}

const channel = (v: number) => {
  const s = v / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
/** WCAG relative luminance of an sRGB colour. */
export const luminance = (r: number, g: number, b: number) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
/** WCAG contrast ratio of two luminances (1 … 21). */
export const contrastRatio = (l1: number, l2: number) => (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);

/** Parses "rgb(…)"/"rgba(…)" (and modern "rgb(r g b / a)") into [r, g, b, a]. */
export function parseCssColor(css: string): [number, number, number, number] | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(css);
  if (!m) return null;
  const a = m[4] === undefined ? 1 : m[4].endsWith("%") ? Number(m[4].slice(0, -1)) / 100 : Number(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), a];
}

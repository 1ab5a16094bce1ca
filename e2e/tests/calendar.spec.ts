// Calendar (CAL-06, CAL-01): on the fixed clock (2026-11-25, after 1 October) 2027 has no official
// arrangement yet. The HQ administrator sees the warning banner on every page, opens the calendar from
// it, sees 2027 marked provisional, types the State Council notice, gets a wrong make-up day refused
// with its date, previews, imports — and 2027 is official from then on.
import { expect, test } from "../fixtures";

/** Type a date into an antd DatePicker (the data-testid sits on its input) and close the panel. */
async function typeDate(input: import("@playwright/test").Locator, date: string) {
  await input.click();
  await input.fill(date);
  await input.press("Enter");
  await input.press("Escape");
}

test("calendar: HQ admin loads the 2027 holiday notice over the provisional year", async ({ page, signIn, apiAs, step }) => {
  const hq = await apiAs("hqadmin");

  step("the health endpoint warns about 2027 (CAL-06)");
  const health = await hq.get("/api/v1/health");
  expect(health.calendar).toMatchObject({ provisionalYears: [2027], warning: true });

  step("hqadmin signs in and sees the banner on the home page");
  await signIn(page, "hqadmin");
  const banner = page.locator('[data-testid="calendar-notice-banner"]');
  await expect(banner).toContainText("2027 年节假日安排尚未导入，相关时效为暂定");

  step("the banner's link opens the 2027 calendar, marked provisional");
  await page.locator('[data-testid="calendar-notice-banner-link"]').click();
  await page.waitForURL(/\/calendar\?year=2027/);
  await expect(page.locator('[data-testid="calendar-provisional-banner"]')).toContainText("2027 年为暂定日历");
  await expect(page.locator('[data-testid="calendar-provisional-tag"]')).toBeVisible();
  await expect(page.locator('.ccms-day[data-date="2027-02-20"]')).toHaveAttribute("data-provisional", "1");
  await expect(page.locator('.ccms-day[data-date="2027-02-20"]')).toHaveAttribute("data-kind", "weekend");
  const form = page.locator('[data-testid="notice-form"]');
  await expect(form).toBeVisible();

  step("type the notice: 元旦 and 春节, a make-up day typed wrong (a Friday)");
  await form.locator('[data-testid="notice-holiday-name"]').nth(0).fill("元旦");
  await typeDate(form.locator('[data-testid="notice-holiday-first"]').nth(0), "2027-01-01");
  await typeDate(form.locator('[data-testid="notice-holiday-last"]').nth(0), "2027-01-03");
  await form.locator('[data-testid="notice-add-holiday"]').click();
  await form.locator('[data-testid="notice-holiday-name"]').nth(1).fill("春节");
  await typeDate(form.locator('[data-testid="notice-holiday-first"]').nth(1), "2027-02-06");
  await typeDate(form.locator('[data-testid="notice-holiday-last"]').nth(1), "2027-02-12");
  await typeDate(form.locator('[data-testid="notice-makeup-date"]').nth(0), "2027-02-19");
  await form.locator('[data-testid="notice-makeup-name"]').nth(0).fill("春节");

  step("preview refuses the Friday make-up day and names it");
  await form.locator('[data-testid="notice-preview"]').click();
  await expect(form.locator('[data-testid="notice-problems"]')).toContainText("2027-02-19");
  await expect(form.locator('[data-testid="notice-import"]')).toBeDisabled();

  step("correct it to Saturday 2027-02-20 and preview");
  await typeDate(form.locator('[data-testid="notice-makeup-date"]').nth(0), "2027-02-20");
  await form.locator('[data-testid="notice-preview"]').click();
  const result = form.locator('[data-testid="notice-preview-result"]');
  await expect(result).toContainText("2027-02-20");
  await expect(result).toContainText("调休上班");
  await expect(form.locator('[data-testid="notice-problems"]')).toHaveCount(0);

  step("import");
  await form.locator('[data-testid="notice-import"]').click();
  await page.locator('[data-testid="notice-import-confirm"]').click();
  await expect(page.locator(".ant-message")).toContainText("2027 年节假日安排已导入");

  step("2027 is official: no provisional banner, 02-20 is a make-up working day, the source is the hand-entered notice");
  await expect(page.locator('[data-testid="calendar-provisional-banner"]')).toHaveCount(0);
  await expect(page.locator('.ccms-day[data-date="2027-02-20"]')).toHaveAttribute("data-kind", "makeUpWorkday");
  await expect(page.locator('.ccms-day[data-date="2027-02-20"]')).not.toHaveAttribute("data-provisional", "1");
  await expect(page.locator('.ccms-day[data-date="2027-02-08"]')).toHaveAttribute("data-kind", "holiday");
  const years = await hq.get("/calendar/years");
  expect(years.items).toContainEqual(expect.objectContaining({ year: 2027, source: "manual" }));
  expect(years.provisionalYears).toEqual([]);

  step("the banner is gone on the next page");
  await page.goto("/");
  await page.locator('[data-testid="home-welcome"]').waitFor();
  await expect(banner).toHaveCount(0);
});

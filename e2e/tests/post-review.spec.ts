// K-12 post-review (issue 17 item 1): a teller's single-person transactions enter the counter's
// post-review queue; the duty manager (who took no part) fails one with a note and passes the other
// on the post-review screen; names on screen, not ids; the failure opens a control finding.
import { expect, test } from "../fixtures";
import { tianhe } from "../helpers";

test("post-review: single-person transactions are reviewed by a colleague who took no part (K-12)", async ({ page, signIn, apiAs, server, step }) => {
  const suffix = String(server.now().getTime()).slice(-5);
  const first = `E2E 案件受理 ${suffix}`;
  const second = `E2E 保全批改 ${suffix}`;

  step("the teller records two transactions done alone");
  const teller = await apiAs("teller1");
  const unit = await tianhe(teller);
  await teller.post("/control/post-review", { counterId: unit.id, sourceType: "case_action", sourceId: `e2e-a-${suffix}`, summary: first });
  await teller.post("/control/post-review", { counterId: unit.id, sourceType: "case_action", sourceId: `e2e-b-${suffix}`, summary: second });

  step("the duty manager opens the post-review queue");
  await signIn(page, "duty");
  await page.goto("/control/post-review");
  const screen = page.locator('[data-testid="post-review-page"]');
  const row1 = screen.locator("tr", { hasText: first });
  const row2 = screen.locator("tr", { hasText: second });
  await expect(row1).toContainText("柜员 王芳");
  await expect(row1).toContainText("待复核");
  await expect(row2).toContainText("案件处理");

  step("a failure needs a note, then opens a finding");
  await page.locator(`[data-testid="post-review-fail-${first}"]`).click();
  await expect(page.locator(".ant-message")).toContainText("复核不通过时请写明问题");
  await page.locator(`[data-testid="post-review-note-${first}"]`).fill("未核对授权委托书");
  await page.locator(`[data-testid="post-review-fail-${first}"]`).click();
  await expect(page.locator(".ant-message")).toContainText("已记为不通过");
  await expect(row1).toHaveCount(0); // gone from the pending list

  step("the other one passes");
  await page.locator(`[data-testid="post-review-pass-${second}"]`).click();
  await expect(row2).toHaveCount(0);

  step("all: both reviewed, by name");
  await screen.locator(".ant-radio-button-wrapper", { hasText: "全部" }).click();
  await expect(screen.locator("tr", { hasText: first })).toContainText("复核不通过");
  await expect(screen.locator("tr", { hasText: first })).toContainText("复核人：值班经理 李强");
  await expect(screen.locator("tr", { hasText: first })).toContainText("未核对授权委托书");
  await expect(screen.locator("tr", { hasText: second })).toContainText("复核通过");
  await expect(screen).not.toContainText(/[0-9A-HJKMNP-TV-Z]{26}/);

  step("the failure is a control finding");
  const auditor = await apiAs("auditor");
  const findings = (await auditor.get("/control/findings?kind=post_review_failed")) as { items: Array<{ title: string }> };
  expect(findings.items.map((f) => f.title).join("\n")).toContain(first);
});

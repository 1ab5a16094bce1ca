// I-06 HQ internal service (issue 17 item 9): a branch's counter manager files a request with HQ; the
// coordination point (hqadmin) splits it into departmental tasks with named owners and the time-limit
// table's due dates; the departments answer on the task list; the coordination point answers the branch,
// which sees the answer. Everything through the UI, names on screen, not ids.
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "../fixtures";

/** Pick an option of an antd Select: only the open dropdown's options (closed ones stay in the DOM). */
async function pick(page: Page, select: Locator, option: string | RegExp) {
  await select.click();
  await page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option", { hasText: option }).first().click();
}

test("hq service: request → split into departmental tasks → answers → branch answered (I-06)", async ({ page, signIn, apiAs, newPage, server, step }) => {
  const suffix = String(server.now().getTime()).slice(-5);
  const subject = `E2E 开通保全批改权限 ${suffix}`;

  step("HQ has a named owner in the IT department");
  const hq = await apiAs("hqadmin");
  await hq.post("/users", { username: `hqit${suffix}`, password: "Hq#ItOwner2026", displayName: "信息技术部 刘强", orgUnitId: hq.user.orgUnitId, roles: ["hqAdmin"] });

  step("the counter manager files a request with HQ");
  await signIn(page, "manager");
  await page.goto("/information/hq-service");
  await page.locator('[data-testid="hq-file-subject"]').fill(subject);
  await page.locator('[data-testid="hq-file-content"]').fill("天河中心需开通保全批改权限，并增配一名保全岗");
  await page.locator('[data-testid="hq-file-submit"]').click();
  const mine = page.locator('[data-testid="hq-requests"] tr', { hasText: subject });
  await expect(mine.locator('[data-testid="hq-request-state"]')).toHaveAttribute("data-state", "received");

  step("the coordination point splits it into two departmental tasks");
  const coord = await newPage();
  await signIn(coord, "hqadmin");
  await coord.goto("/information/hq-service");
  const row = coord.locator('[data-testid="hq-requests"] tr', { hasText: subject });
  await expect(row).toContainText("天河客户服务中心");
  await row.locator('[data-testid="hq-open-request"]').click();
  const detail = coord.locator('[data-testid="hq-request-detail"]');
  await expect(detail).toContainText("柜面主管 陈敏");
  await pick(coord, detail.locator('[data-testid="hq-split-dept-0"]'), /^信息技术部$/);
  await pick(coord, detail.locator('[data-testid="hq-split-owner-0"]'), "信息技术部 刘强");
  await detail.locator('[data-testid="hq-split-add"]').click();
  await pick(coord, detail.locator('[data-testid="hq-split-dept-1"]'), /^人力资源部$/);
  await pick(coord, detail.locator('[data-testid="hq-split-owner-1"]'), "总公司管理员");
  await detail.locator('[data-testid="hq-split-submit"]').click();
  const board = detail.locator('[data-testid="hq-task-board"]');
  await expect(board.locator("tbody tr")).toHaveCount(2);
  await expect(board).toContainText("信息技术部 刘强");
  await expect(board).toContainText("人力资源部");
  await expect(board.locator('[data-testid="hq-task-status"][data-status="open"]')).toHaveCount(2);
  await expect(row.locator('[data-testid="hq-request-state"]')).toHaveAttribute("data-state", "split");

  step("the departments answer on the task list");
  await coord.goto("/information/hq-service/tasks");
  for (const [dept, text] of [["信息技术部", "批改权限已开通"], ["人力资源部", "保全岗已列入招聘计划"]] as const) {
    const task = coord.locator('[data-testid="hq-task-board"] tbody tr', { hasText: dept });
    await task.locator('[data-testid="hq-task-reply"]').first().click();
    await coord.locator('[data-testid="hq-reply-text"]').fill(text);
    await coord.locator(".ant-modal .ant-btn-primary").click();
    await expect(coord.locator('[data-testid="hq-task-board"] tbody tr', { hasText: text })).toBeVisible();
  }

  step("the coordination point answers the branch");
  await coord.goto("/information/hq-service");
  const row2 = coord.locator('[data-testid="hq-requests"] tr', { hasText: subject });
  await row2.locator('[data-testid="hq-open-request"]').click();
  await expect(coord.locator('[data-testid="hq-task-status"][data-status="answered"]')).toHaveCount(2);
  await coord.locator('[data-testid="hq-answer-text"]').fill("权限已开通；保全岗已列入本季度招聘计划");
  await coord.locator('[data-testid="hq-answer-submit"]').click();
  await expect(row2.locator('[data-testid="hq-request-state"]')).toHaveAttribute("data-state", "answered");

  step("the branch sees the answer");
  await page.reload();
  await expect(mine.locator('[data-testid="hq-request-state"]')).toHaveAttribute("data-state", "answered");
  await mine.locator('[data-testid="hq-open-request"]').click();
  await expect(page.locator('[data-testid="hq-request-detail"]')).toContainText("权限已开通；保全岗已列入本季度招聘计划");
});

// Roster edit without a mouse (issue 14 rest item 4; WCAG 2.1.1, P-05): a shift of the draft roster is a
// focusable button; Enter opens "移动到…", the person is picked by typing, the move is checked live by the
// same POST /rosters/:id/moves as drag and drop, and Enter on 移动 applies it. Set-up (templates, the
// solved draft, opening it) goes through the API and the picker. Fixed clock: dates from server.now().
import { expect, test } from "../fixtures";
import { ensureShiftTemplates, shanghaiDay, tianhe } from "../helpers";

const day = shanghaiDay;

test("people roster: move a shift with the keyboard alone, checked live against the rules", async ({ page, signIn, apiAs, server, step }) => {
  test.setTimeout(180_000);
  const manager = await apiAs("manager");
  const unit = await tianhe(manager);
  const now = server.now();
  const from = day(now, 1);
  const to = day(now, 3);

  step("the manager solves a draft roster for the next days (API)");
  await ensureShiftTemplates(manager, unit.id, [["E", "早班", "08:30", "16:30"]]);
  const draft = await manager.post("/rosters", { orgUnitId: unit.id, from, to });
  const assignments = draft.assignments as Array<{ userId: string; userName: string; date: string; shiftCode: string }>;
  // a shift that may move to a colleague free that day without breaking a rule (the same live check)
  let pick: { a: (typeof assignments)[number]; toUserId: string; toName: string } | null = null;
  const people = [...new Map(assignments.map((a) => [a.userId, a.userName])).entries()];
  for (const a of assignments) {
    for (const [userId, name] of people) {
      if (pick || userId === a.userId || assignments.some((x) => x.userId === userId && x.date === a.date)) continue;
      const r = await manager.post(`/rosters/${draft.id}/moves`, { userId: a.userId, date: a.date, toUserId: userId, toDate: a.date, apply: false });
      if (r.violations.length === 0) pick = { a, toUserId: userId, toName: name };
    }
  }
  if (!pick) throw new Error("the draft roster has no shift that may move");
  const { a, toUserId, toName } = pick;

  step("the manager opens the draft on the roster screen");
  await signIn(page, "manager");
  await page.goto("/people/rosters");
  await page.getByRole("combobox", { name: "查看已生成的排班" }).click();
  await page.locator(".ant-select-item-option", { hasText: `${from} ~ ${to}` }).first().click();

  step("keyboard: focus the shift, Enter opens 移动到…");
  const mmdd = a.date.slice(5);
  const cell = page.getByRole("button", { name: `${a.userName} ${mmdd} ${a.shiftCode} 班，移动到…` });
  await cell.focus();
  await expect(cell).toBeFocused();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "移动班次" });
  await expect(dialog).toBeVisible();

  step("keyboard: type the colleague's name in 移动给, Enter picks them; the live check says the move is fine");
  await dialog.getByRole("combobox", { name: "移动给" }).focus();
  await page.keyboard.type(toName.replace(/^\S+\s/, ""));
  await page.keyboard.press("Enter");
  await expect(dialog.getByRole("status")).toContainText("可以调整：不违反排班规则");

  step("keyboard: Enter on 移动 applies it; the roster changed");
  await dialog.getByRole("button", { name: /移\s?动/ }).focus();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect
    .poll(async () => ((await manager.get(`/rosters/${draft.id}`)).assignments as any[]).filter((x) => x.date === a.date).map((x) => x.userId))
    .toEqual(expect.arrayContaining([toUserId]));
  const after = ((await manager.get(`/rosters/${draft.id}`)).assignments as any[]).filter((x) => x.date === a.date);
  expect(after.some((x) => x.userId === a.userId)).toBe(false);
  expect(after.find((x) => x.userId === toUserId)?.shiftCode).toBe(a.shiftCode);
});

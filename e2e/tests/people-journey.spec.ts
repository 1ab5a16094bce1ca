// People journey (issue 14 done-when; P-05, P-06, P-11): the counter's roster is solved and published,
// a teller files a swap, the counter manager approves it on the requests page, the published roster
// changes and the attendance sheet shows the new shift. Fixed clock: dates come from server.now().
import { expect, test } from "../fixtures";
import { ensureShiftTemplates, shanghaiDay, tianhe } from "../helpers";

const day = shanghaiDay;

test("people journey: swap request → manager approves → published roster changes → attendance shows it", async ({ page, signIn, apiAs, server, step }) => {
  test.setTimeout(180_000);
  const manager = await apiAs("manager");
  const unit = await tianhe(manager);
  const now = server.now();
  const from = day(now, 1);
  const to = day(now, 3);

  step("the manager solves and publishes the next days' roster (API)");
  await ensureShiftTemplates(manager, unit.id, [["E", "早班", "08:30", "16:30"], ["L", "晚班", "10:00", "18:00"]]);
  const draft = await manager.post("/rosters", { orgUnitId: unit.id, from, to });
  await manager.post(`/rosters/${draft.id}/publish`);
  const shiftsOn = async (date: string) => Object.fromEntries(((await manager.get(`/rosters/${draft.id}`)).assignments as any[]).filter((a) => a.date === date).map((a) => [a.userId, a.shiftCode]));

  step("a teller files a swap with a colleague for a day they are rostered (API)");
  const tellers = await Promise.all(["teller1", "teller2", "teller3"].map((u) => apiAs(u)));
  let pick: { requester: (typeof tellers)[number]; colleague: (typeof tellers)[number]; date: string; before: Record<string, string> } | null = null;
  for (let i = 0; i < 3 && !pick; i++) {
    const date = day(now, 1 + i);
    const shifts = await shiftsOn(date);
    for (const requester of tellers) {
      for (const colleague of tellers) {
        if (pick || requester === colleague || !shifts[requester.user.id] || shifts[colleague.user.id] === shifts[requester.user.id]) continue;
        pick = { requester, colleague, date, before: shifts };
      }
    }
  }
  if (!pick) throw new Error("the solved roster has no teller to swap with");
  const { requester, colleague, date, before } = pick;
  const req = await requester.post("/people/requests", { kind: "swap", date, withUserId: colleague.user.id, fromShift: "day", toShift: "day", reason: "家中有事" });
  expect(req.state).toBe("pending");
  expect(await shiftsOn(date)).toEqual(before);

  step("the counter manager approves it on the requests page");
  await signIn(page, "manager");
  await page.goto("/people/requests");
  await page.getByRole("tab", { name: "待我审批" }).click();
  // the approve button is the row's primary one (antd spaces its two characters: 同 意)
  const row = page.locator("tr.ant-table-row", { hasText: requester.user.displayName }).filter({ hasText: date }).filter({ has: page.locator(".ant-btn-primary") });
  await expect(row).toHaveCount(1);
  await row.locator(".ant-btn-primary").click();
  await page.locator(".ant-modal-footer .ant-btn-primary").click();
  await expect.poll(async () => (await manager.get(`/people/requests?orgUnitId=${unit.id}`)).items.find((r: any) => r.id === req.id)?.state ?? null).toBe("approved");

  step("the published roster changed: the colleague now has the requester's shift");
  const after = await shiftsOn(date);
  expect(after[colleague.user.id]).toBe(before[requester.user.id]);
  expect(after[requester.user.id]).toBe(before[colleague.user.id]);

  step("the attendance sheet shows the colleague's new shift that day");
  await page.goto("/people/attendance");
  const personRow = page.locator("tr.ant-table-row", { hasText: colleague.user.displayName }).first();
  await personRow.locator("button.ant-table-row-expand-icon").click();
  await expect(page.locator(`tr[data-row-key="${date}"]`).first()).toContainText(`${before[requester.user.id]} `);
});

/**
 * Home page to-dos (issue 10 item 7): what the signed-in person has to do today, by the sections their
 * permissions (K-07) allow, in their subtree (ORG-01), each entry linking to the exact record.
 * Reads only, through the modules' own list use cases; a section the role cannot read is left out.
 *   casesOverdue / casesDueToday  (C-03…C-06 deadlines; front-line staff: the cases they handle)
 *   callbacksDue                  (C-10 callbacks pending, due by the end of today)
 *   extensionRequests             (C-07 extension requests waiting for approval, case.escalate)
 *   appealsPending                (C-13 appeals against a ruling, case.rule)
 *   handoversToConfirm            (D-06 shift handovers the person must confirm as incoming lead)
 *   correctiveActions             (D-02 open corrective actions: own ones, all for patrol leads)
 *   dailyClose                    (D-08 today's close of every counter in scope, dailyops.close)
 */
import { endOfLocalDay, localDateOf } from "@ccms/core";
import { caseRepository, orgUnitRepository } from "@ccms/db";
import type { HomeTodoItem, HomeTodoSection, HomeTodos } from "@ccms/contracts";
import type { AppContext } from "../../context.js";
import type { UserPrincipal } from "../../http/principal.js";
import { listCallbacks } from "../cases/case-callbacks.js";
import { listRulings } from "../cases/case-rulings-rectification.js";
import { caseFilter, listCases } from "../cases/list-cases.js";
import { listCorrectiveActions } from "../control/registers/corrective-actions/list-corrective-actions.js";
import { listDailyCloses } from "../daily-ops/list-daily-closes.js";
import { listHandovers } from "../daily-ops/list-handovers.js";

const SHOWN = 8;

function section(key: HomeTodoSection["key"], items: HomeTodoItem[]): HomeTodoSection {
  return { key, count: items.length, items: items.slice(0, SHOWN) };
}

export async function listHomeTodos(ctx: AppContext, p: UserPrincipal): Promise<HomeTodos> {
  const ex = ctx.database.db;
  const now = ctx.clock.now();
  const unit = await orgUnitRepository.findById(ex, p.orgUnitId);
  const tz = unit?.timeZone ?? "Asia/Shanghai";
  const today = localDateOf(now, tz);
  const endOfToday = endOfLocalDay(today, tz).toISOString();
  const can = (a: string) => p.permissions.has(a);
  const sections: HomeTodoSection[] = [];

  if (can("case.read")) {
    // Supervisors (case.escalate) watch every case in scope; front-line staff the ones they handle.
    const mine = (c: { handlerId: string | null; firstResponder: { id: string | null } }) =>
      can("case.escalate") || c.handlerId === p.userId || (c.handlerId === null && c.firstResponder.id === p.userId);
    const open = (await listCases(ctx, p, { open: "true", limit: 500 })).items.filter(mine);
    const caseItem = (c: (typeof open)[number], severity: HomeTodoItem["severity"]): HomeTodoItem => ({
      id: c.id,
      title: `${c.number} ${c.summary}`,
      detail: c.orgUnitName,
      dueAt: c.nextDueAt,
      href: `/cases/${c.id}`,
      severity,
    });
    const byDue = (a: { nextDueAt: string | null }, b: { nextDueAt: string | null }) => (a.nextDueAt ?? "9").localeCompare(b.nextDueAt ?? "9");
    sections.push(section("casesOverdue", open.filter((c) => c.overdue).sort(byDue).map((c) => caseItem(c, "danger"))));
    sections.push(
      section(
        "casesDueToday",
        open
          .filter((c) => !c.overdue && c.nextDueAt !== null && c.nextDueAt <= endOfToday)
          .sort(byDue)
          .map((c) => caseItem(c, "warning")),
      ),
    );

    const callbacks = (await listCallbacks(ctx, p, { status: "pending" })).items.filter((cb) => cb.dueAt === null || cb.dueAt <= endOfToday);
    sections.push(
      section(
        "callbacksDue",
        callbacks.map((cb) => ({
          id: cb.id,
          title: `${cb.caseNumber} ${cb.caseSummary}`,
          detail: cb.customer.name,
          dueAt: cb.dueAt,
          href: `/cases/${cb.caseId}`,
          severity: cb.dueAt !== null && cb.dueAt < now.toISOString() ? "danger" : "warning",
        })),
      ),
    );

    if (can("case.escalate")) {
      const { rows } = await caseRepository.list(ex, await caseFilter(ctx, p, { open: "true", limit: 500 }));
      sections.push(
        section(
          "extensionRequests",
          rows
            .filter((r) => r.pending_extension)
            .map((r) => ({ id: r.id, title: `${r.number} ${r.summary}`, detail: null, dueAt: r.next_due_at, href: `/cases/${r.id}`, severity: "warning" as const })),
        ),
      );
    }
    if (can("case.rule")) {
      const appeals = (await listRulings(ctx, p, { appealStatus: "pending" })).items;
      sections.push(
        section(
          "appealsPending",
          appeals.map((a) => ({ id: a.id, title: a.caseNumber, detail: a.appealReason ?? null, dueAt: null, href: `/cases/${a.caseId}`, severity: "warning" as const })),
        ),
      );
    }
  }

  if (can("dailyops.read")) {
    const handovers = (await listHandovers(ctx, p, { status: "pending" })).items.filter((h) => h.incomingLeadId === p.userId);
    sections.push(
      section(
        "handoversToConfirm",
        handovers.map((h) => ({
          id: h.id,
          title: `${h.businessDate} ${h.outgoingLeadName ?? ""}`.trim(),
          detail: h.workDone || null,
          dueAt: null,
          href: `/daily-ops/handovers?id=${h.id}`,
          severity: "warning" as const,
        })),
      ),
    );
  }

  if (can("control.read")) {
    const actions = (await listCorrectiveActions(ctx, p, { status: "open" })).items.filter((a) => can("dailyops.patrol") || a.ownerId === p.userId);
    sections.push(
      section(
        "correctiveActions",
        actions.map((a) => ({
          id: a.id,
          title: a.description,
          detail: a.ownerName ?? null,
          dueAt: a.dueDate,
          href: `/daily-ops/corrective-actions?id=${a.id}`,
          severity: a.overdue ? ("danger" as const) : ("info" as const),
        })),
      ),
    );
  }

  if (can("dailyops.close") && can("dailyops.read")) {
    const counters = (await orgUnitRepository.listSubtree(ex, p.scopePath)).filter((u) => u.kind === "counter" && u.active).slice(0, 50);
    const items: HomeTodoItem[] = [];
    for (const c of counters) {
      const date = localDateOf(now, c.timeZone);
      const closed = (await listDailyCloses(ctx, p, { counterId: c.id, from: date, to: date })).items[0];
      items.push({
        id: c.id,
        title: c.name,
        detail: closed ? (closed.closedByName ?? null) : null,
        dueAt: date,
        href: `/daily-ops/close?counterId=${c.id}`,
        severity: closed ? "success" : "warning",
      });
    }
    // The count is what is left to do; closed counters are listed after the open ones.
    const notClosed = items.filter((i) => i.severity !== "success");
    sections.push({ key: "dailyClose", count: notClosed.length, items: [...notClosed, ...items.filter((i) => i.severity === "success")].slice(0, SHOWN) });
  }

  return { date: today, sections };
}

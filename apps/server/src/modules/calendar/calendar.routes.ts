import {
  AddWorkingDaysQuery,
  AddWorkingDaysResponse,
  CalendarDaysQuery,
  CalendarDaysResponse,
  CalendarYearsResponse,
  CreateOverrideRequest,
  HoursChange,
  HoursChangeRequest,
  HoursChangesQuery,
  HoursChangesResponse,
  IdParams,
  LoadYearRequest,
  LoadYearResponse,
  Ok,
  OverrideResponse,
  ServiceNoticesResponse,
  WorkingDaysBetweenQuery,
  WorkingTimeDeadlineQuery,
  WorkingTimeDeadlineResponse,
  WorkingDaysBetweenResponse,
  YearPreviewResponse,
} from "@ccms/contracts";
import { DomainError } from "@ccms/core";
import { orgUnitRepository } from "@ccms/db";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.js";
import { notFound, requireUser, unitInScope } from "../../http/principal.js";
import { addWorkingDaysFor, calendarDays, listYears, workingDaysBetweenFor, workingTimeDeadlineFor } from "./calendar.js";
import { createHoursChange, installHoursChangeJob, listHoursChanges, serviceNotices } from "./change-hours.js";
import { loadYear, previewYear } from "./load-official-year.js";
import { approveOverride, createOverride, deleteOverride } from "./manage-overrides.js";

export function calendarRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["calendar"];
  r.get("/api/v1/calendar/add-working-days", {
    schema: { tags, summary: "Day 0 is `from`; the Nth working day after it (CAL-01); provisional over a year without official data (CAL-06)", querystring: AddWorkingDaysQuery, response: { 200: AddWorkingDaysResponse } },
  }, async (req) => addWorkingDaysFor(ctx, requireUser(req.principal), req.query));
  r.get("/api/v1/calendar/working-days-between", {
    schema: { tags, querystring: WorkingDaysBetweenQuery, response: { 200: WorkingDaysBetweenResponse } },
  }, async (req) => workingDaysBetweenFor(ctx, requireUser(req.principal), req.query));
  r.get("/api/v1/calendar/working-time-deadline", {
    schema: { tags, summary: "Due instant after N working days of the unit's working time (C-17 policy servicing; 0.5 = half a day)", querystring: WorkingTimeDeadlineQuery, response: { 200: WorkingTimeDeadlineResponse } },
  }, async (req) => workingTimeDeadlineFor(ctx, requireUser(req.principal), req.query));
  r.get("/api/v1/calendar/days", {
    schema: { tags, summary: "Every date of a year with its kind for a unit", querystring: CalendarDaysQuery, response: { 200: CalendarDaysResponse } },
  }, async (req) => calendarDays(ctx, requireUser(req.principal), req.query.year, req.query.orgUnitId));
  r.post("/api/v1/calendar/overrides", {
    schema: { tags, summary: "Closure or opening on a day for a unit and its subtree (opening never adds a working day)", body: CreateOverrideRequest, response: { 201: OverrideResponse } },
  }, async (req, reply) => reply.status(201).send(await createOverride(ctx, requireUser(req.principal), req.body)));
  r.post("/api/v1/calendar/overrides/:id/approve", {
    schema: { tags, summary: "The level above approves a unit's closure (it then counts for the unit's deadlines)", params: IdParams, response: { 200: OverrideResponse } },
  }, async (req) => approveOverride(ctx, requireUser(req.principal), req.params.id));
  r.delete("/api/v1/calendar/overrides/:id", { schema: { tags, params: IdParams, response: { 200: Ok } } }, async (req) =>
    deleteOverride(ctx, requireUser(req.principal), req.params.id),
  );
  r.get("/api/v1/calendar/years", { schema: { tags, response: { 200: CalendarYearsResponse } } }, async (req) => listYears(ctx, requireUser(req.principal)));
  r.post("/api/v1/calendar/years/preview", {
    schema: { tags, summary: "What loading a year's official arrangement would change: days and every open deadline that moves", body: LoadYearRequest, response: { 200: YearPreviewResponse } },
  }, async (req) => previewYear(ctx, requireUser(req.principal), req.body));
  r.put("/api/v1/calendar/years", {
    schema: { tags, summary: "Load a year's official arrangement (State Council notice); recomputes moved deadlines", body: LoadYearRequest, response: { 200: LoadYearResponse } },
  }, async (req) => loadYear(ctx, requireUser(req.principal), req.body));
  r.post("/api/v1/calendar/hours-changes", {
    schema: { tags, summary: "File a change of a unit's weekly hours effective from a later date (CAL-04)", body: HoursChangeRequest, response: { 201: HoursChange } },
  }, async (req, reply) => reply.status(201).send(await createHoursChange(ctx, requireUser(req.principal), req.body)));
  r.get("/api/v1/calendar/hours-changes", { schema: { tags, querystring: HoursChangesQuery, response: { 200: HoursChangesResponse } } }, async (req) =>
    listHoursChanges(ctx, requireUser(req.principal), req.query.orgUnitId),
  );
  r.get("/api/v1/calendar/notices", {
    schema: { tags, summary: "Dated openings, closures and hours changes a unit announces (公示) — for the hall display and kiosk", querystring: z.strictObject({ orgUnitId: z.string().max(64).optional() }), response: { 200: ServiceNoticesResponse } },
  }, async (req) => {
    const p = req.principal;
    if (!p) throw new DomainError("unauthorized", "unauthenticated", "Sign in first");
    const id = req.query.orgUnitId ?? p.orgUnitId;
    const unit = p.kind === "device" ? (id === p.orgUnitId ? await orgUnitRepository.findById(ctx.database.db, id) : undefined) : await unitInScope(ctx.database.db, p, id);
    if (!unit) throw notFound("org_unit", id);
    return serviceNotices(ctx, unit);
  });
  installHoursChangeJob(app, ctx);
}

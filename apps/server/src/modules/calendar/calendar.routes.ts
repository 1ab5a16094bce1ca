import {
  AddWorkingDaysQuery,
  AddWorkingDaysResponse,
  CalendarDaysQuery,
  CalendarDaysResponse,
  CalendarYearsResponse,
  CreateOverrideRequest,
  IdParams,
  LoadYearRequest,
  OverrideResponse,
  WorkingDaysBetweenQuery,
  WorkingDaysBetweenResponse,
} from "@ccms/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.js";
import { requireUser } from "../../http/principal.js";
import { addWorkingDaysFor, calendarDays, createOverride, deleteOverride, listYears, loadYear, workingDaysBetweenFor } from "./calendar.js";

export function calendarRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get("/api/v1/calendar/add-working-days", {
    schema: { tags: ["calendar"], summary: "Day 0 is `from`; the Nth working day after it (CAL-01)", querystring: AddWorkingDaysQuery, response: { 200: AddWorkingDaysResponse } },
  }, async (req) => addWorkingDaysFor(ctx, requireUser(req.principal), req.query));
  r.get("/api/v1/calendar/working-days-between", {
    schema: { tags: ["calendar"], querystring: WorkingDaysBetweenQuery, response: { 200: WorkingDaysBetweenResponse } },
  }, async (req) => workingDaysBetweenFor(ctx, requireUser(req.principal), req.query));
  r.get("/api/v1/calendar/days", {
    schema: { tags: ["calendar"], summary: "Every date of a year with its kind for a unit", querystring: CalendarDaysQuery, response: { 200: CalendarDaysResponse } },
  }, async (req) => calendarDays(ctx, requireUser(req.principal), req.query.year, req.query.orgUnitId));
  r.post("/api/v1/calendar/overrides", {
    schema: { tags: ["calendar"], summary: "Closure or extra workday for a unit and its subtree", body: CreateOverrideRequest, response: { 201: OverrideResponse } },
  }, async (req, reply) => reply.status(201).send(await createOverride(ctx, requireUser(req.principal), req.body)));
  r.delete("/api/v1/calendar/overrides/:id", { schema: { tags: ["calendar"], params: IdParams } }, async (req) =>
    deleteOverride(ctx, requireUser(req.principal), req.params.id),
  );
  r.get("/api/v1/calendar/years", { schema: { tags: ["calendar"], response: { 200: CalendarYearsResponse } } }, async (req) => listYears(ctx, requireUser(req.principal)));
  r.put("/api/v1/calendar/years", { schema: { tags: ["calendar"], summary: "Load a year's holidays by hand", body: LoadYearRequest } }, async (req) =>
    loadYear(ctx, requireUser(req.principal), req.body),
  );
}

/** Home page to-dos and the staff directory (issue 10 items 2 and 7): read by every signed-in staff member. */
import { HomeTodos, StaffDirectory, StaffDirectoryQuery } from "@ccms/contracts";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.js";
import { requireUser } from "../../http/principal.js";
import { listStaffDirectory } from "../org/list-staff-directory.js";
import { listHomeTodos } from "./list-home-todos.js";

export function homeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get("/api/v1/org/staff-directory", {
    schema: { tags: ["org"], summary: "Names and roles of the people in the caller's subtree (ORG-01), for every staff role", querystring: StaffDirectoryQuery, response: { 200: StaffDirectory } },
  }, async (req) => listStaffDirectory(ctx, requireUser(req.principal), req.query));
  r.get("/api/v1/home/todos", {
    schema: { tags: ["home"], summary: "The signed-in person's to-dos: overdue and due cases, callbacks, approvals, handovers, corrective actions, daily close", response: { 200: HomeTodos } },
  }, async (req) => listHomeTodos(ctx, requireUser(req.principal)));
}

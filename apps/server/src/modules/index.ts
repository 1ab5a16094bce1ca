/** Every business module's routes. A module adds one line here. */
import type { FastifyInstance } from "fastify";
import type { AppContext } from "../context.js";
import { calendarRoutes } from "./calendar/calendar.routes.js";
import { controlRoutes } from "./control/control.routes.js";
import { orgRoutes } from "./org/org.routes.js";

export const MODULE_ROUTES: Array<(app: FastifyInstance, ctx: AppContext) => void | Promise<void>> = [
  controlRoutes,
  orgRoutes,
  calendarRoutes,
];

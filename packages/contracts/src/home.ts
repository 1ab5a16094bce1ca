/**
 * GET /api/v1/home/todos — the signed-in person's to-dos on the home page (issue 10 item 7): only the
 * sections their permissions allow, each entry linking to the exact record.
 */
import { z } from "zod";
import { LocalDate } from "./common.js";

export const HomeTodoSectionKey = z.enum([
  "casesOverdue",
  "casesDueToday",
  "callbacksDue",
  "extensionRequests",
  "appealsPending",
  "handoversToConfirm",
  "correctiveActions",
  "dailyClose",
]);
export type HomeTodoSectionKey = z.infer<typeof HomeTodoSectionKey>;

export const HomeTodoItem = z.object({
  id: z.string(),
  /** Words for the user: case number and summary, counter name … */
  title: z.string(),
  detail: z.string().nullable(),
  /** UTC instant or local date the item is due (null when it has none). */
  dueAt: z.string().nullable(),
  /** The web route of the exact record. */
  href: z.string(),
  severity: z.enum(["danger", "warning", "info", "success"]),
});
export type HomeTodoItem = z.infer<typeof HomeTodoItem>;

export const HomeTodoSection = z.object({
  key: HomeTodoSectionKey,
  /** Total (items may be cut to the first few). */
  count: z.number().int(),
  items: z.array(HomeTodoItem),
});
export type HomeTodoSection = z.infer<typeof HomeTodoSection>;

export const HomeTodos = z.object({
  /** Business date of the caller's unit. */
  date: LocalDate,
  sections: z.array(HomeTodoSection),
});
export type HomeTodos = z.infer<typeof HomeTodos>;

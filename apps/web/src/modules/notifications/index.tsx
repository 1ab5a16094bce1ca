/** The notification centre (header bell): no pages of its own, only its words (zh-CN, en-US). */
import type { ModuleDefinition } from "../types";
import { notificationsI18n } from "./i18n";

export const notificationsModule: ModuleDefinition = { key: "notifications", i18n: notificationsI18n, pages: [] };

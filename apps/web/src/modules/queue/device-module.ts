/** The customer devices' dictionary as a module of its own (no pages): merged after queue and control. */
import type { ModuleDefinition } from "../types";
import { deviceI18n } from "./device-i18n";

export const deviceWordsModule: ModuleDefinition = { key: "device-words", i18n: deviceI18n, pages: [] };

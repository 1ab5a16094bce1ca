import type { ComponentType, LazyExoticComponent, ReactNode } from "react";
import type { ModuleDictionaries } from "../i18n/translate";

/**
 * One screen of a module.
 * - `path`: absolute route path (`/queue/console`, `/cases/:id`); react-router syntax.
 * - `labelKey`: i18n key of the menu entry and default page title.
 * - `permission`: an action from the post-permission table (K-07) the signed-in user must hold
 *   (an array means any of them). Without it every signed-in user sees the page.
 * - `menuGroup`: pages with the same group form a sub-menu titled `menu.group.<menuGroup>`
 *   (core has org, system, control, queue, cases, dailyOps, people, reports, devices; a module may
 *   add its own key in its dictionary).
 * - `hideInMenu`: routable but not in the menu (detail pages with parameters).
 * - `layout`: "app" = inside the shell with menu and header; "fullscreen" = a device page (kiosk,
 *   hall display, rating pad) without menu.
 * - `access`: "user" (default) needs a signed-in user; "public" renders without a user session
 *   (a device page that exchanges its device token itself with `deviceLogin()` from api/client).
 * - `element`: a lazily loaded page component, `lazy(() => import("./KioskPage"))`, with a default export.
 */
export interface ModulePage {
  path: string;
  labelKey: string;
  icon?: ReactNode;
  permission?: string | readonly string[];
  menuGroup?: string;
  hideInMenu?: boolean;
  layout: "app" | "fullscreen";
  access?: "user" | "public";
  element: LazyExoticComponent<ComponentType>;
}

export interface ModuleDefinition {
  /** Unique module key: "org", "queue", "daily-ops" … */
  key: string;
  /** The module's dictionaries (`./i18n.ts`), merged over the core dictionary. */
  i18n?: ModuleDictionaries;
  pages: ModulePage[];
}

/** True when the user holds the permission (any of a list); pages without one are open to all users. */
export function hasPagePermission(page: Pick<ModulePage, "permission">, permissions: ReadonlySet<string> | readonly string[]): boolean {
  if (!page.permission) return true;
  const set = permissions instanceof Set ? permissions : new Set(permissions as readonly string[]);
  const wanted = typeof page.permission === "string" ? [page.permission] : page.permission;
  return wanted.some((p) => set.has(p));
}

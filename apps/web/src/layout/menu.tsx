/** The side menu, built from the module registry and filtered by the user's permissions. */
import {
  ApartmentOutlined,
  AppstoreOutlined,
  BarChartOutlined,
  DesktopOutlined,
  FileTextOutlined,
  HomeOutlined,
  OrderedListOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SettingOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import type { MenuProps } from "antd";
import type { ReactNode } from "react";
import { matchPath } from "react-router-dom";
import type { Translator } from "../i18n";
import { type ModuleDefinition, type ModulePage, hasPagePermission } from "../modules/types";

/** Business groups first, administration last; unknown groups go between. */
const GROUP_ORDER = ["queue", "cases", "dailyOps", "people", "reports", "*", "org", "control", "devices", "system"];
const GROUP_ICONS: Record<string, ReactNode> = {
  queue: <OrderedListOutlined />,
  cases: <FileTextOutlined />,
  dailyOps: <ScheduleOutlined />,
  people: <TeamOutlined />,
  reports: <BarChartOutlined />,
  org: <ApartmentOutlined />,
  control: <SafetyCertificateOutlined />,
  devices: <DesktopOutlined />,
  system: <SettingOutlined />,
};

export type MenuItem = NonNullable<MenuProps["items"]>[number];

export function visiblePages(modules: readonly ModuleDefinition[], permissions: ReadonlySet<string>): ModulePage[] {
  return modules.flatMap((m) => m.pages).filter((p) => p.layout === "app" && !p.hideInMenu && hasPagePermission(p, permissions));
}

function groupRank(g: string): number {
  const i = GROUP_ORDER.indexOf(g);
  return i >= 0 ? i : GROUP_ORDER.indexOf("*");
}

export function buildMenu(modules: readonly ModuleDefinition[], permissions: ReadonlySet<string>, t: Translator): MenuItem[] {
  const items: MenuItem[] = [{ key: "/", label: t("menu.home"), icon: <HomeOutlined /> }];
  const groups = new Map<string, ModulePage[]>();
  const loose: ModulePage[] = [];
  for (const p of visiblePages(modules, permissions)) {
    if (p.menuGroup) groups.set(p.menuGroup, [...(groups.get(p.menuGroup) ?? []), p]);
    else loose.push(p);
  }
  for (const p of loose) items.push({ key: p.path, label: t(p.labelKey), icon: p.icon ?? <AppstoreOutlined /> });
  const ordered = [...groups.entries()].sort((a, b) => groupRank(a[0]) - groupRank(b[0]));
  for (const [g, pages] of ordered) {
    items.push({
      key: `group:${g}`,
      label: t(`menu.group.${g}`),
      icon: GROUP_ICONS[g] ?? pages.find((p) => p.icon)?.icon ?? <AppstoreOutlined />,
      children: pages.map((p) => ({ key: p.path, label: t(p.labelKey), icon: p.icon })),
    });
  }
  return items;
}

/** The registered page for a location (exact match first, then the longest prefix). */
export function pageForPath(modules: readonly ModuleDefinition[], pathname: string): ModulePage | undefined {
  const pages = modules.flatMap((m) => m.pages).filter((p) => p.layout === "app");
  const exact = pages.find((p) => matchPath({ path: p.path, end: true }, pathname));
  if (exact) return exact;
  return pages
    .filter((p) => !p.hideInMenu && pathname.startsWith(`${p.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
}

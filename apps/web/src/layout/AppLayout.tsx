import {
  BankOutlined,
  DownOutlined,
  GlobalOutlined,
  KeyOutlined,
  LogoutOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
} from "@ant-design/icons";
import { App, Avatar, Breadcrumb, Button, Dropdown, Flex, Grid, Layout, Menu, Tooltip, Typography } from "antd";
import { useEffect, useMemo, useState } from "react";
import { Outlet, useLocation, useNavigate } from "react-router-dom";
import { useAuth } from "../auth";
import { FormErrorAnnouncer } from "../components/FormErrorAnnouncer";
import { KindTag } from "../components/Tags";
import { LOCALES, useI18n } from "../i18n";
import { MODULES } from "../modules";
import { CalendarNoticeBanner } from "../modules/calendar/CalendarNoticeBanner";
import { buildMenu, pageForPath, visiblePages } from "./menu";
import { keepScrollableRegionsFocusable } from "../lib/scrollable-regions";
import { NotificationCenter } from "../modules/notifications/NotificationCenter";

const { Sider, Header, Content } = Layout;
const COLLAPSE_KEY = "ccms.siderCollapsed";

export function Logo({ collapsed, dark = true }: { collapsed?: boolean; dark?: boolean }) {
  const { t } = useI18n();
  return (
    <Flex align="center" gap={10} className="ccms-logo" style={{ color: dark ? "#fff" : "#0f1f3d" }}>
      <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden>
        <rect width="32" height="32" rx="7" fill="#1f5fbf" />
        <path d="M8 23V12h4v11zm6 0V8h4v15zm6 0v-8h4v8z" fill="#fff" />
      </svg>
      {!collapsed && (
        <div style={{ lineHeight: 1.15, whiteSpace: "nowrap" }}>
          <div style={{ fontWeight: 700, fontSize: 15, letterSpacing: 0.5 }}>{t("app.short")}</div>
          <div style={{ fontSize: 11, opacity: 0.75 }}>{t("app.name")}</div>
        </div>
      )}
    </Flex>
  );
}

export function LanguageSwitch({ dark = false }: { dark?: boolean }) {
  const { locale, setLocale, t } = useI18n();
  return (
    <Dropdown
      trigger={["click"]}
      menu={{
        selectedKeys: [locale],
        items: LOCALES.map((l) => ({ key: l, label: t(`locale.${l}`) })),
        onClick: ({ key }) => setLocale(key as (typeof LOCALES)[number]),
      }}
    >
      <Button type="text" icon={<GlobalOutlined />} data-testid="lang-switch" style={dark ? { color: "#fff" } : undefined}>
        {t(`locale.${locale}`)}
      </Button>
    </Dropdown>
  );
}

export function AppLayout() {
  const { t } = useI18n();
  const { me, permissions, logout } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const narrow = screens.lg === false;
  const [collapsed, setCollapsed] = useState<boolean>(() => localStorage.getItem(COLLAPSE_KEY) === "1");
  const siderCollapsed = narrow || collapsed;

  const items = useMemo(() => buildMenu(MODULES, permissions, t), [permissions, t]);
  const visible = useMemo(() => visiblePages(MODULES, permissions), [permissions]);
  const current = pageForPath(MODULES, location.pathname);
  const selectedKey = useMemo(() => {
    if (location.pathname === "/") return "/";
    const exact = visible.find((p) => p.path === current?.path);
    if (exact) return exact.path;
    const prefix = visible.filter((p) => location.pathname.startsWith(`${p.path}/`)).sort((a, b) => b.path.length - a.path.length)[0];
    return prefix?.path ?? "";
  }, [visible, current, location.pathname]);
  const selectedGroup = visible.find((p) => p.path === selectedKey)?.menuGroup;
  useEffect(() => keepScrollableRegionsFocusable(() => t("layout.scrollableTable")), [t]);
  const [openKeys, setOpenKeys] = useState<string[]>(selectedGroup ? [`group:${selectedGroup}`] : []);
  useEffect(() => {
    if (selectedGroup) setOpenKeys((keys) => (keys.includes(`group:${selectedGroup}`) ? keys : [...keys, `group:${selectedGroup}`]));
  }, [selectedGroup]);

  const toggle = () => {
    const next = !collapsed;
    setCollapsed(next);
    localStorage.setItem(COLLAPSE_KEY, next ? "1" : "0");
  };

  const onSignOut = async () => {
    await logout();
    message.success(t("layout.signedOutOk"));
    navigate("/login", { replace: true });
  };

  const crumbs = [{ title: t("menu.home") }];
  if (current) {
    if (current.menuGroup) crumbs.push({ title: t(`menu.group.${current.menuGroup}`) });
    crumbs.push({ title: t(current.labelKey) });
  }

  const name = me?.user.displayName ?? "";
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Sider
        width={224}
        collapsedWidth={64}
        collapsed={siderCollapsed}
        trigger={null}
        className="ccms-sider"
        style={{ position: "sticky", top: 0, height: "100vh", overflow: "auto" }}
      >
        <div className="ccms-sider-logo" onClick={() => navigate("/")} role="link">
          <Logo collapsed={siderCollapsed} />
        </div>
        <Menu
          theme="dark"
          mode="inline"
          items={items}
          selectedKeys={[selectedKey]}
          openKeys={siderCollapsed ? undefined : openKeys}
          onOpenChange={(keys) => setOpenKeys(keys as string[])}
          onClick={({ key }) => {
            if (!key.startsWith("group:")) navigate(key);
          }}
          data-testid="side-menu"
        />
      </Sider>
      <Layout style={{ minWidth: 0 }}>
        <Header className="ccms-header">
          <Flex align="center" gap={8} style={{ minWidth: 0, flex: 1 }}>
            {!narrow && (
              <Tooltip title={collapsed ? t("layout.expand") : t("layout.collapse")}>
                <Button type="text" icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />} onClick={toggle} aria-label="toggle-menu" />
              </Tooltip>
            )}
            {!narrow && <Breadcrumb items={crumbs} />}
          </Flex>
          <Flex align="center" gap={4}>
            {me && screens.md !== false && (
              <Tooltip title={t("layout.currentUnit")}>
                <Flex align="center" gap={6} className="ccms-header-unit" data-testid="header-unit">
                  <BankOutlined style={{ color: "#1f5fbf" }} />
                  <Typography.Text ellipsis style={{ maxWidth: 200 }}>
                    {me.orgUnit.name}
                  </Typography.Text>
                  <KindTag kind={me.orgUnit.kind} />
                </Flex>
              </Tooltip>
            )}
            {me && <NotificationCenter />}
            <LanguageSwitch />
            <Dropdown
              trigger={["click"]}
              menu={{
                items: [
                  {
                    key: "who",
                    disabled: true,
                    label: (
                      <div style={{ maxWidth: 260 }}>
                        <div style={{ fontWeight: 600, color: "rgba(0,0,0,0.88)" }}>{name}</div>
                        <div style={{ fontSize: 12 }}>{me?.user.username}</div>
                        <div style={{ fontSize: 12 }}>
                          {t("common.colon", { label: t("layout.roles") })}
                          {(me?.user.roles ?? []).map((r) => t(`roles.${r}`)).join(t("common.listSep"))}
                        </div>
                      </div>
                    ),
                  },
                  { type: "divider" },
                  { key: "password", icon: <KeyOutlined />, label: t("layout.changePassword") },
                  { key: "logout", icon: <LogoutOutlined />, label: <span data-testid="sign-out">{t("layout.signOut")}</span>, danger: true },
                ],
                onClick: ({ key }) => {
                  if (key === "logout") void onSignOut();
                  if (key === "password") navigate("/change-password");
                },
              }}
            >
              <Button type="text" className="ccms-user-button" data-testid="user-menu">
                <Flex align="center" gap={8}>
                  <Avatar size={28} style={{ background: "#1f5fbf", flex: "none" }}>
                    {name.trim().split(/\s+/).pop()?.slice(0, 1) || "U"}
                  </Avatar>
                  {screens.sm !== false && (
                    <Typography.Text ellipsis style={{ maxWidth: 140 }}>
                      {name}
                    </Typography.Text>
                  )}
                  <DownOutlined style={{ fontSize: 10, color: "#8a94a6" }} />
                </Flex>
              </Button>
            </Dropdown>
          </Flex>
        </Header>
        <Content className="ccms-content">
          <FormErrorAnnouncer />
          <CalendarNoticeBanner />
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  );
}

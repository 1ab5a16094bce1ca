import { AppstoreOutlined, BankOutlined, CheckSquareOutlined, SafetyOutlined } from "@ant-design/icons";
import { Badge, Card, Col, Descriptions, Empty, List, Row, Skeleton, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useMemo } from "react";
import { Link, useNavigate } from "react-router-dom";
import { api } from "../api/client";
import type { HomeTodoSection, HomeTodos } from "../api/types";
import { useApi } from "../api/hooks";
import { useAuth } from "../auth";
import { KindTag, RoleTags } from "../components/Tags";
import { useI18n } from "../i18n";
import { visiblePages } from "../layout/menu";
import { MODULES } from "../modules";

interface SessionList {
  items: Array<{ id: string; createdAt: string; expiresAt: string; current: boolean }>;
}

const SEVERITY_COLOR: Record<string, string> = { danger: "#c4161c", warning: "#ad4e00", info: "#0958d9", success: "#237804" };
/** Where "show all" of a section leads. */
const SECTION_LIST: Record<HomeTodoSection["key"], string> = {
  casesOverdue: "/cases",
  casesDueToday: "/cases",
  callbacksDue: "/cases/callbacks",
  extensionRequests: "/cases",
  appealsPending: "/cases/rulings",
  handoversToConfirm: "/daily-ops/handovers",
  correctiveActions: "/daily-ops/corrective-actions",
  dailyClose: "/daily-ops/close",
};

/** Issue 10 item 7: the person's to-dos by the sections their role may read, each linking to the record. */
function TodoCard() {
  const { t } = useI18n();
  const todos = useApi((signal) => api.get<HomeTodos>("/home/todos", undefined, { signal }), []);
  const sections = todos.data?.sections ?? [];
  const open = sections.filter((s) => s.count > 0 || s.key === "dailyClose");
  const when = (iso: string | null) => (!iso ? null : iso.length === 10 ? iso : dayjs(iso).format("MM-DD HH:mm"));
  return (
    <Card
      title={t("home.todos")}
      extra={<CheckSquareOutlined style={{ color: "#5c6b80" }} aria-hidden />}
      style={{ marginBottom: 16 }}
      data-testid="home-todos"
    >
      {todos.loading && !todos.data ? (
        <Skeleton active />
      ) : open.every((s) => s.count === 0) && !open.some((s) => s.items.length) ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("home.todosNone")} />
      ) : (
        <Row gutter={[16, 8]}>
          {open.map((s) => (
            <Col xs={24} lg={12} key={s.key} data-testid={`todo-${s.key}`}>
              <Typography.Title level={5} style={{ marginTop: 4 }}>
                {t(`home.section.${s.key}`)}{" "}
                <Badge count={s.count} showZero color={s.count ? (s.key === "casesOverdue" ? "#c4161c" : "#ad4e00") : "#237804"} />
              </Typography.Title>
              <List
                size="small"
                dataSource={s.items}
                locale={{ emptyText: t("common.empty") }}
                renderItem={(i) => (
                  <List.Item style={{ paddingInline: 0 }}>
                    <div style={{ minWidth: 0, flex: 1 }}>
                      <Link to={i.href} style={{ display: "block", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}>
                        {i.title}
                      </Link>
                      {i.detail && (
                        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                          {i.detail}
                        </Typography.Text>
                      )}
                    </div>
                    <span style={{ color: SEVERITY_COLOR[i.severity], fontSize: 13, whiteSpace: "nowrap", marginLeft: 8 }}>
                      {s.key === "dailyClose" ? (i.severity === "success" ? t("home.todosClosed") : t("home.todosNotClosed")) : when(i.dueAt) ? t("home.todosDue", { time: when(i.dueAt)! }) : null}
                    </span>
                  </List.Item>
                )}
              />
              {s.count > s.items.length && s.key !== "dailyClose" && (
                <Link to={SECTION_LIST[s.key]}>
                  {t("home.todosMore", { count: s.count - s.items.length })} · {t("home.todosAll")}
                </Link>
              )}
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}

export function HomePage() {
  const { t, locale } = useI18n();
  const { me, permissions } = useAuth();
  const navigate = useNavigate();
  const pages = useMemo(() => visiblePages(MODULES, permissions), [permissions]);
  const sessions = useApi((signal) => api.get<SessionList>("/auth/sessions", undefined, { signal }), []);
  if (!me) return null;

  const hour = dayjs().hour();
  const greetingKey = hour < 12 ? "home.greetingMorning" : hour < 18 ? "home.greetingAfternoon" : "home.greetingEvening";
  const today = dayjs().format(locale === "zh-CN" ? "YYYY年M月D日 dddd" : "dddd, MMMM D, YYYY");

  return (
    <div>
      <div className="ccms-welcome" data-testid="home-welcome">
        <h2>{t(greetingKey, { name: me.user.displayName })}</h2>
        <div className="sub">
          {t("home.subtitle", { date: today })} · {me.orgUnit.name}
        </div>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <TodoCard />
          <Card title={t("home.quickLinks")} extra={<AppstoreOutlined style={{ color: "#8a94a6" }} />}>
            {pages.length === 0 ? (
              <Empty description={t("home.noQuickLinks")} />
            ) : (
              <div className="ccms-quick">
                {pages.map((p) => (
                  <div key={p.path} className="ccms-quick-item" onClick={() => navigate(p.path)} role="link" data-testid={`quick-${p.path}`}>
                    <span className="ccms-quick-icon">{p.icon ?? <AppstoreOutlined />}</span>
                    <div style={{ minWidth: 0 }}>
                      <Typography.Text strong ellipsis style={{ display: "block" }}>
                        {t(p.labelKey)}
                      </Typography.Text>
                      {p.menuGroup && (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t(`menu.group.${p.menuGroup}`)}
                        </Typography.Text>
                      )}
                    </div>
                  </div>
                ))}
              </div>
            )}
          </Card>
          <Card title={t("home.tips")} style={{ marginTop: 16 }}>
            <ul style={{ margin: 0, paddingLeft: 20, lineHeight: 2, color: "#4a5568" }}>
              <li>{t("home.tip1")}</li>
              <li>{t("home.tip2")}</li>
              <li>{t("home.tip3")}</li>
            </ul>
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t("home.myUnit")} extra={<BankOutlined style={{ color: "#8a94a6" }} />}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t("common.name")}>
                <span data-testid="home-unit-name">{me.orgUnit.name}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t("org.kind")}>
                <KindTag kind={me.orgUnit.kind} />
              </Descriptions.Item>
              <Descriptions.Item label={t("home.myRoles")}>
                <div>
                  <RoleTags roles={me.user.roles} />
                </div>
              </Descriptions.Item>
              <Descriptions.Item label={t("home.permissions")}>{t("home.permissionsCount", { count: me.permissions.length })}</Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title={t("home.security")} extra={<SafetyOutlined style={{ color: "#8a94a6" }} />} style={{ marginTop: 16 }}>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t("home.sessions")}
            </Typography.Text>
            <List
              size="small"
              loading={sessions.loading}
              dataSource={sessions.data?.items ?? []}
              locale={{ emptyText: t("common.empty") }}
              renderItem={(s) => (
                <List.Item>
                  <span style={{ whiteSpace: "nowrap" }}>{dayjs(s.createdAt).format("MM-DD HH:mm")}</span>
                  <span style={{ textAlign: "right" }}>
                    {s.current && (
                      <Tag color="green" bordered={false}>
                        {t("home.sessionCurrent")}
                      </Tag>
                    )}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t("home.sessionExpires", { time: dayjs(s.expiresAt).format("MM-DD HH:mm") })}
                    </Typography.Text>
                  </span>
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}

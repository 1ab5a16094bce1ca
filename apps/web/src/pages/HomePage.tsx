import { AppstoreOutlined, BankOutlined, SafetyOutlined } from "@ant-design/icons";
import { Card, Col, Descriptions, Empty, List, Row, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useMemo } from "react";
import { useNavigate } from "react-router-dom";
import { api } from "../api/client";
import { useApi } from "../api/hooks";
import { useAuth } from "../auth";
import { KindTag, RoleTags } from "../components/Tags";
import { useI18n } from "../i18n";
import { visiblePages } from "../layout/menu";
import { MODULES } from "../modules";

interface SessionList {
  items: Array<{ id: string; createdAt: string; expiresAt: string; current: boolean }>;
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

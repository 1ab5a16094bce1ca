import { Breadcrumb, Flex, Typography } from "antd";
import type { ReactNode } from "react";
import { RuleHelp } from "./RuleHelp";

/** The consistent page frame: title (with the rules' help icon), optional subtitle and actions, then the content. */
export function PageContainer(props: {
  title: ReactNode;
  /** What the page is for, in the users' words (never rule ids). */
  subtitle?: ReactNode;
  /** Rule ids the page implements ("D-02 · D-05"): a help icon for supervisors, not page words. */
  rules?: string;
  extra?: ReactNode;
  breadcrumb?: Array<{ title: ReactNode }>;
  children?: ReactNode;
}) {
  return (
    <div className="ccms-page">
      <div className="ccms-page-header">
        {props.breadcrumb && <Breadcrumb items={props.breadcrumb} style={{ marginBottom: 4 }} />}
        <Flex justify="space-between" align="center" gap={12} wrap>
          <div style={{ minWidth: 0 }}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {props.title}
              {props.rules && <RuleHelp rules={props.rules} />}
            </Typography.Title>
            {props.subtitle && (
              <Typography.Text type="secondary" style={{ display: "block", marginTop: 4 }}>
                {props.subtitle}
              </Typography.Text>
            )}
          </div>
          {props.extra && (
            <Flex gap={8} wrap>
              {props.extra}
            </Flex>
          )}
        </Flex>
      </div>
      <div className="ccms-page-body">{props.children}</div>
    </div>
  );
}

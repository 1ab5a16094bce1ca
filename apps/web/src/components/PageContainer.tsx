import { Breadcrumb, Flex, Typography } from "antd";
import type { ReactNode } from "react";

/** The consistent page frame: title, optional subtitle and actions, then the content. */
export function PageContainer(props: {
  title: ReactNode;
  subtitle?: ReactNode;
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

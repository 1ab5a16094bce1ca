import { Button, Empty, Result, Spin } from "antd";
import type { ReactNode } from "react";
import { errorText } from "../api/client";
import { useT } from "../i18n";

/** A centred spinner for a page or panel that is loading. */
export function PageLoading({ tip }: { tip?: string }) {
  const t = useT();
  return (
    <div style={{ display: "flex", alignItems: "center", justifyContent: "center", minHeight: 240 }}>
      <Spin description={tip ?? t("common.loading")}>
        <div style={{ width: 120, height: 60 }} />
      </Spin>
    </div>
  );
}

/** A failed load, translated from the error code, with a retry button. */
export function ErrorResult({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  return (
    <Result
      status="warning"
      title={errorText(error, t)}
      extra={onRetry ? <Button onClick={onRetry}>{t("errorsPage.reload")}</Button> : undefined}
    />
  );
}

/** The empty state of a table or panel. */
export function EmptyState({ description }: { description: ReactNode }) {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description} />;
}

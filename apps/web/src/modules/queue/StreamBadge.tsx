/** The live-connection badge of the queue screens (event stream open, connecting, reconnecting). */
import { DisconnectOutlined, LoadingOutlined, WifiOutlined } from "@ant-design/icons";
import { useT } from "../../i18n";
import type { StreamStatus } from "./api";

export function StreamBadge({ status, dark = false }: { status: StreamStatus; dark?: boolean }) {
  const t = useT();
  const icon = status === "open" ? <WifiOutlined /> : status === "connecting" ? <LoadingOutlined /> : <DisconnectOutlined />;
  return (
    <span className={`q-stream q-stream-${status}${dark ? " q-stream-dark" : ""}`} data-testid="stream-status" data-status={status}>
      {icon} {t(`queue.stream.${status}`)}
    </span>
  );
}

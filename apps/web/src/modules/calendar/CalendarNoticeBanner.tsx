/**
 * CAL-06 warning in time: while next year's holiday arrangement is not loaded (the health endpoint's
 * calendar.warning, from 1 October by default), administrators who can load it see a banner on every
 * page with a link to the notice form.
 */
import { Alert } from "antd";
import { Link, useLocation } from "react-router-dom";
import { api } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useAuth } from "../../auth";
import { useI18n } from "../../i18n";
import type { HealthResponse } from "./types";

export function CalendarNoticeBanner() {
  const { t } = useI18n();
  const { can } = useAuth();
  const { pathname } = useLocation();
  const allowed = can("calendar.loadYear");
  // Asked again on each page change: the banner goes once the notice is imported.
  const health = useApi((signal) => api.get<HealthResponse>("/api/v1/health", undefined, { signal }), [pathname], { enabled: allowed });
  const cal = health.data?.calendar;
  if (!allowed || !cal?.warning || cal.provisionalYears.length === 0) return null;
  const years = cal.provisionalYears;
  return (
    <Alert
      type="warning"
      showIcon
      banner
      closable
      data-testid="calendar-notice-banner"
      style={{ marginBottom: 12 }}
      title={
        <>
          {t("calendar.banner.text", { years: years.join(t("common.listSep")) })}{" "}
          <Link to={`/calendar?year=${years[years.length - 1]}#notice`} data-testid="calendar-notice-banner-link" style={{ textDecoration: "underline" }}>
            {t("calendar.banner.link")}
          </Link>
        </>
      }
    />
  );
}

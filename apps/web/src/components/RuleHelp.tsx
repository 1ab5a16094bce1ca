/**
 * Issue 10 item 6: internal rule ids (Q-06, C-05, D-02 …) are never the page's words; supervisors find
 * them behind a help icon next to the title (they talk to auditors and head office in rule ids).
 */
import { QuestionCircleOutlined } from "@ant-design/icons";
import { Tooltip } from "antd";
import { useAuth } from "../auth";
import { useT } from "../i18n";

/** Actions that mark someone who supervises, audits or administers (they see the rule ids). */
const SUPERVISOR_ACTIONS = ["dailyops.patrol", "case.escalate", "case.rule", "case.policy", "queue.manage", "permission.read", "audit.read", "finding.manage", "org.write"];

export function RuleHelp({ rules }: { rules: string }) {
  const t = useT();
  const { can } = useAuth();
  if (!rules.trim() || !SUPERVISOR_ACTIONS.some((a) => can(a))) return null;
  const text = t("common.rulesHelp", { rules });
  return (
    <Tooltip title={text}>
      <QuestionCircleOutlined role="img" aria-label={text} tabIndex={0} className="ccms-rule-help" data-testid="rule-help" />
    </Tooltip>
  );
}

import { Tag } from "antd";
import { Link } from "react-router-dom";
import { useT } from "../../../i18n";
import type { CaseKind, CaseState, HandlingLevel } from "../api";

const STATE_COLOR: Record<CaseState, string> = {
  received: "blue",
  accepted: "geekblue",
  investigating: "purple",
  waiting: "default",
  replied: "cyan",
  callback: "gold",
  closed: "green",
  reconsideration: "magenta",
  archivedUnsatisfied: "volcano",
};
const KIND_COLOR: Record<CaseKind, string> = { enquiry: "blue", complaint: "red", special: "orange", opinion: "cyan", internal: "purple", internalEnquiry: "geekblue", misconduct: "volcano" };
const LEVEL_COLOR: Record<HandlingLevel, string> = { outlet: "green", city: "cyan", province: "geekblue", hq: "purple" };

export function CaseStateTag({ state }: { state: CaseState }) {
  const t = useT();
  return (
    <Tag color={STATE_COLOR[state]} data-testid="case-state" data-state={state}>
      {t(`cases.state.${state}`)}
    </Tag>
  );
}

export function CaseKindTag({ kind }: { kind: CaseKind }) {
  const t = useT();
  return (
    <Tag color={KIND_COLOR[kind]} bordered={false}>
      {t(`cases.kind.${kind}`)}
    </Tag>
  );
}

export function LevelTag({ level }: { level: HandlingLevel }) {
  const t = useT();
  return (
    <Tag color={LEVEL_COLOR[level]} bordered={false} data-testid="case-level" data-level={level}>
      {t(`cases.level.${level}`)}
    </Tag>
  );
}

/** A case number linking to the case page, never wrapped. */
export function CaseNumberLink({ id, number }: { id: string; number: string }) {
  return (
    <Link to={`/cases/${id}`} data-testid="case-link" style={{ whiteSpace: "nowrap", fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace", fontSize: 13 }}>
      {number}
    </Link>
  );
}

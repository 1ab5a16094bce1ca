import { Tag } from "antd";
import { useT } from "../i18n";

const KIND_COLORS: Record<string, string> = { hq: "purple", province: "geekblue", city: "cyan", counter: "green" };

/** The kind of an organisation unit as a coloured tag (总公司 / 省分公司 / 地市分公司 / 柜面). */
export function KindTag({ kind }: { kind: string }) {
  const t = useT();
  return (
    <Tag color={KIND_COLORS[kind] ?? "default"} bordered={false}>
      {t.has(`kinds.${kind}`) ? t(`kinds.${kind}`) : kind}
    </Tag>
  );
}

export function RoleTags({ roles }: { roles: readonly string[] }) {
  const t = useT();
  return (
    <>
      {roles.map((r) => (
        <Tag key={r} color="blue" bordered={false} style={{ marginBottom: 2 }}>
          {t.has(`roles.${r}`) ? t(`roles.${r}`) : r}
        </Tag>
      ))}
    </>
  );
}

/**
 * The units in the signed-in user's scope (GET /org-units?subtree=true), loaded once per session and
 * shared by every page; `reload()` after creating or changing a unit.
 */
import { TreeSelect } from "antd";
import { type CSSProperties, type ReactNode, createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { api } from "../api/client";
import type { OrgUnit, OrgUnitList } from "../api/types";
import { useT } from "../i18n";
import { type OrgTreeNode, buildOrgTree } from "../lib/org-tree";

interface OrgUnitsValue {
  units: OrgUnit[];
  byId: ReadonlyMap<string, OrgUnit>;
  tree: OrgTreeNode<OrgUnit>[];
  loading: boolean;
  error: unknown;
  reload(): Promise<void>;
}

const OrgUnitsContext = createContext<OrgUnitsValue | null>(null);

export function OrgUnitsProvider({ children }: { children: ReactNode }) {
  const [units, setUnits] = useState<OrgUnit[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(undefined);
  const reload = useCallback(async () => {
    setLoading(true);
    try {
      const res = await api.get<OrgUnitList>("/org-units", { subtree: "true" });
      setUnits(res.items);
      setError(undefined);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  const value = useMemo<OrgUnitsValue>(
    () => ({ units, byId: new Map(units.map((u) => [u.id, u])), tree: buildOrgTree(units), loading, error, reload }),
    [units, loading, error, reload],
  );
  return <OrgUnitsContext.Provider value={value}>{children}</OrgUnitsContext.Provider>;
}

export function useOrgUnits(): OrgUnitsValue {
  const v = useContext(OrgUnitsContext);
  if (!v) throw new Error("useOrgUnits outside OrgUnitsProvider");
  return v;
}

interface TreeOption {
  value: string;
  title: string;
  disabled?: boolean;
  children: TreeOption[];
}

/** A unit picker over the user's scope; `selectableKinds` limits which kinds may be chosen. */
export function OrgUnitTreeSelect(props: {
  value?: string;
  onChange?: (id: string | undefined) => void;
  selectableKinds?: readonly string[];
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  id?: string;
  disabled?: boolean;
  /** The control's name for screen readers when no visible label is linked (WCAG 4.1.2). */
  "aria-label"?: string;
}) {
  const { tree, loading } = useOrgUnits();
  const t = useT();
  const { selectableKinds } = props;
  const treeData = useMemo(() => {
    const map = (n: OrgTreeNode<OrgUnit>): TreeOption => ({
      value: n.unit.id,
      title: t("common.withCode", { name: n.unit.name, code: n.unit.code }),
      disabled: selectableKinds ? !selectableKinds.includes(n.unit.kind) : false,
      children: n.children.map(map),
    });
    return tree.map(map);
  }, [tree, selectableKinds, t]);
  // A unit id the tree does not (yet) know is never shown as a raw id (issue 10 item 2).
  const known = useMemo(() => {
    const ids = new Set<string>();
    const walk = (n: OrgTreeNode<OrgUnit>) => {
      ids.add(n.unit.id);
      n.children.forEach(walk);
    };
    tree.forEach(walk);
    return ids;
  }, [tree]);
  return (
    <TreeSelect
      id={props.id}
      aria-label={props["aria-label"] ?? (props.id ? undefined : (props.placeholder ?? t("common.selectUnit")))}
      value={props.value && known.has(props.value) ? props.value : undefined}
      onChange={(v) => props.onChange?.(v ?? undefined)}
      treeData={treeData}
      loading={loading}
      disabled={props.disabled}
      showSearch
      treeNodeFilterProp="title"
      treeDefaultExpandAll
      allowClear={props.allowClear}
      placeholder={props.placeholder ?? t("common.selectUnit")}
      style={{ minWidth: 220, ...props.style }}
      popupMatchSelectWidth={false}
      data-testid="org-unit-select"
    />
  );
}

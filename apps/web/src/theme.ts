import type { ThemeConfig } from "antd";

/**
 * One calm enterprise theme: deep blue primary, compact radii, CJK-friendly fonts.
 * WCAG 2.1 AA (issue 18 item 3): every text colour ≥ 4.5:1 on white and on the layout grey — secondary,
 * tertiary, placeholder and description text; status colours (success/warning/error tags use them as
 * text); preset tag colours whose shade 7 was below 4.5:1 on its shade-1 background use a darker shade.
 */
export const THEME: ThemeConfig = {
  token: {
    colorPrimary: "#1f5fbf",
    colorInfo: "#1f5fbf",
    colorSuccess: "#237804",
    // antd derives the success background from the seed above as a grey green (#adb8a5, 2.7:1 under
    // the success text of status tags such as the case deadline chips); the usual pale green is 5.9:1.
    colorSuccessBg: "#f6ffed",
    colorSuccessBorder: "#b7eb8f",
    colorWarning: "#ad4e00",
    colorError: "#c4161c",
    colorTextSecondary: "#595959",
    colorTextDescription: "#595959",
    colorTextTertiary: "#5c6370",
    colorTextPlaceholder: "#636b78",
    // Tag text (shade 7) on the tag background (shade 1): ≥ 4.5:1.
    cyan7: "#006d75",
    green7: "#237804",
    orange7: "#ad4e00",
    yellow7: "#876800",
    volcano7: "#ad2102",
    lime7: "#3f6600",
    gold7: "#874d00",
    borderRadius: 6,
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Helvetica Neue", Arial, sans-serif',
    colorBgLayout: "#f3f5f8",
  },
  components: {
    Layout: { siderBg: "#0f1f3d", triggerBg: "#0b1730", headerBg: "#ffffff", headerHeight: 56, headerPadding: "0 20px" },
    Menu: { darkItemBg: "#0f1f3d", darkSubMenuItemBg: "#0b1730", darkItemSelectedBg: "#1f5fbf" },
    Card: { headerFontSize: 15 },
    Table: { headerBg: "#f7f8fa" },
  },
};

import type { ThemeConfig } from "antd";

/** One calm enterprise theme: deep blue primary, compact radii, CJK-friendly fonts. */
export const THEME: ThemeConfig = {
  token: {
    colorPrimary: "#1f5fbf",
    colorInfo: "#1f5fbf",
    colorSuccess: "#2f9e44",
    colorWarning: "#e8890c",
    colorError: "#d9363e",
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

export * from "./org-tree.js";

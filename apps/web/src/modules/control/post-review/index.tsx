import { FileSearchOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { ModuleDefinition } from "../../types";
import { postReviewI18n } from "./i18n";

/** K-12 the post-review queue (issue 17 item 1). */
export const postReviewModule: ModuleDefinition = {
  key: "postReview",
  i18n: postReviewI18n,
  pages: [
    {
      path: "/control/post-review",
      labelKey: "postReview.title",
      icon: <FileSearchOutlined />,
      permission: ["postreview.review", "postreview.record"],
      menuGroup: "control",
      layout: "app",
      element: lazy(() => import("./PostReviewPage")),
    },
  ],
};

import type { ModuleDictionaries } from "../../../i18n/translate";

/** Q-13 elderly-friendly service: screen words, permission name and error codes (zh-CN, en-US). */
export const elderlyI18n: ModuleDictionaries = {
  "zh-CN": {
    elderly: {
      title: "适老服务",
      subtitle: "保留纸质表单与人工服务；引导员在自助设备旁协助客户本人操作，不代替老年客户操作",
      requests: "今日求助（取号机）",
      noRequests: "今天暂无求助",
      requestedAt: "时间",
      kind: "需要",
      kinds: { staff_help: "工作人员帮助", paper_form: "纸质表单" },
      status: "处理",
      go: "前往协助",
      served: "已记录前往协助",
      servedBy: "{name} {time} 已前往",
      figures: "月度情况",
      month: "月份",
      fig: {
        elderlyTickets: "老年客户业务",
        assistedByStaff: "工作人员协助",
        paperForms: "纸质表单",
        atSelfServiceDevice: "在自助设备办理",
        helpRequests: "取号机求助",
        helpRequestsServed: "已响应求助",
        violations: "代客操作自助设备",
      },
      ticket: "号票",
      date: "日期",
    },
    errors: {
      device_operator_required: "请同时填写自助设备和操作人",
      help_request_already_served: "已有同事前往协助",
    },
  },
  "en-US": {
    elderly: {
      title: "Elderly-friendly service",
      subtitle: "Paper forms and staff help stay available; guides help customers at self-service devices but never operate them on an elderly customer's behalf",
      requests: "Help requests today (kiosk)",
      noRequests: "No requests today",
      requestedAt: "Time",
      kind: "Needs",
      kinds: { staff_help: "Staff help", paper_form: "Paper form" },
      status: "Handling",
      go: "Go and help",
      served: "Marked as on the way",
      servedBy: "{name} went at {time}",
      figures: "Month",
      month: "Month",
      fig: {
        elderlyTickets: "Elderly customers served",
        assistedByStaff: "Assisted by staff",
        paperForms: "Paper forms",
        atSelfServiceDevice: "At self-service devices",
        helpRequests: "Kiosk help requests",
        helpRequestsServed: "Requests answered",
        violations: "Device operated by staff",
      },
      ticket: "Ticket",
      date: "Date",
    },
    errors: {
      device_operator_required: "Name the self-service device together with who operated it",
      help_request_already_served: "A colleague is already on the way",
    },
  },
};

import { describe, expect, it } from "vitest";
import { coreDictionaries } from "../i18n/core";
import { makeTranslator, mergeDictionaries } from "../i18n/translate";
import { ApiError, apiUrl, errorText } from "./client";

const zh = makeTranslator(mergeDictionaries([coreDictionaries]), "zh-CN");
const en = makeTranslator(mergeDictionaries([coreDictionaries]), "en-US");

describe("errorText: error codes to zh-CN / en-US messages", () => {
  it("translates a known code", () => {
    expect(errorText(new ApiError(401, "invalid_credentials", "Wrong username or password"), zh)).toBe("用户名或密码错误。");
    expect(errorText(new ApiError(401, "invalid_credentials", "x"), en)).toBe("Wrong username or password.");
  });

  it("K-06 shows when a locked account opens again", () => {
    const msg = errorText(new ApiError(403, "account_locked", "x", { lockedUntil: "2026-03-10T02:15:00.000Z" }), zh);
    expect(msg).toContain("账户已锁定");
    expect(msg).toMatch(/\d{2}:\d{2}/);
  });

  it("K-06 lists what is wrong with a weak password", () => {
    const msg = errorText(new ApiError(400, "weak_password", "x", { problems: ["too_short", "contains_username"], minLength: 10, minClasses: 3 }), zh);
    expect(msg).toContain("长度不足 10 位");
    expect(msg).toContain("不得包含用户名");
  });

  it("fills details into the message (calendar_year_unavailable)", () => {
    expect(errorText(new ApiError(422, "calendar_year_unavailable", "x", { year: 2027 }), zh)).toContain("2027 年");
  });

  it("names the role that cannot be granted", () => {
    expect(errorText(new ApiError(403, "role_not_grantable", "x", { role: "hqAdmin" }), zh)).toContain("总公司管理员");
  });

  it("points at the first invalid field of validation_failed", () => {
    expect(errorText(new ApiError(400, "validation_failed", "x", [{ in: "body", path: "/username" }]), zh)).toContain("username");
  });

  it("falls back to a generic message with the code for unknown codes, and to not-found for *_not_found", () => {
    expect(errorText(new ApiError(409, "something_new", "x"), zh)).toContain("something_new");
    expect(errorText(new ApiError(404, "ticket_not_found", "x"), zh)).toBe(zh("errors.not_found"));
    expect(errorText(new ApiError(0, "network", "x"), zh)).toBe(zh("errors.network"));
    expect(errorText(new Error("boom"), zh)).toBe(zh("errors.unexpected"));
  });

  it("every foundation error code has a zh-CN and an en-US message", () => {
    const codes = [
      "invalid_credentials", "account_locked", "password_change_required", "weak_password", "password_reused",
      "wrong_current_password", "username_taken", "org_code_taken", "invalid_org_parent", "calendar_year_unavailable",
      "validation_failed", "permission_denied", "csrf_failed", "session_expired", "invalid_session", "override_exists",
      "not_a_working_day", "already_working_day", "role_not_grantable", "org_unit_not_found", "user_not_found",
      "route_not_found", "body_too_large", "invalid_json", "account_inactive", "device_needs_counter", "cannot_deactivate_self",
      "would_lock_out_admins", "invalid_business_hours", "date_outside_year", "date_both_kinds", "no_holidays",
    ];
    for (const c of codes) {
      expect(zh.has(`errors.${c}`), c).toBe(true);
      expect(Object.keys(mergeDictionaries([coreDictionaries])["en-US"])).toContain(`errors.${c}`);
    }
  });
});

describe("apiUrl", () => {
  it("prefixes /api/v1 and drops empty query values", () => {
    expect(apiUrl("/users", { orgUnitId: undefined, q: "", a: 1, b: false })).toBe("/api/v1/users?a=1&b=false");
    expect(apiUrl("/api/v1/health")).toBe("/api/v1/health");
  });
});

import { describe, expect, it } from "vitest";
import { containsPersonalData, maskBankAccount, maskIdNo, maskName, maskPersonalData, maskPersonalDataDeep, maskPhone } from "./mask-personal-data.js";

describe("K-09 / C-11 masking personal data in free text", () => {
  it.each([
    ["no personal data", "客户反映等候时间过长", "客户反映等候时间过长"],
    ["an 18-digit ID number", "身份证110101199003071234已核验", "身份证110***********1234已核验"],
    ["an ID number ending in X", "证件号 44010619851231002X。", "证件号 440***********002X。"],
    ["an ID number ending in lower-case x", "id 44010619851231002x", "id 440***********002x"],
    ["a mobile number", "请回电13812348000", "请回电138****8000"],
    ["a mobile number with dashes", "电话 138-1234-8000 联系", "电话 138****8000 联系"],
    ["a mobile number with spaces and +86", "tel +86 138 1234 8000", "tel 138****8000"],
    ["two mobile numbers and an ID", "13812348000/15900001111 证件110101199003071234", "138****8000/159****1111 证件110***********1234"],
    ["a 19-digit bank card", "退款至6222021234567890123", "退款至***************0123"],
    ["a 16-digit card grouped by 4", "卡号 6222 0212 3456 7890", "卡号 ************7890"],
    ["a landline is not a mobile", "座机 020-12345678", "座机 020-12345678"],
    ["12-digit numbers are not mobiles", "单号 138123480001", "单号 138123480001"],
    ["10-digit numbers are not mobiles", "1381234800", "1381234800"],
    ["a number starting 12 is not a mobile", "12812348000", "12812348000"],
    ["a 17-digit run is neither ID nor card (too short for ID, grouped cards only 16–19)", "P12345678901234567", "P12345678901234567"],
    ["a policy number with letters is kept", "保单号 P2026031000012345", "保单号 P2026031000012345"],
    ["a date and amount are kept", "2026-03-10 金额 50000 元", "2026-03-10 金额 50000 元"],
  ])("%s", (_name, input, expected) => {
    expect(maskPersonalData(input)).toBe(expected);
  });

  it("keeps null and empty values", () => {
    expect(maskPersonalData(null)).toBeNull();
    expect(maskPersonalData("")).toBe("");
  });

  it("tells whether a text carries personal data", () => {
    expect(containsPersonalData("回电13812348000")).toBe(true);
    expect(containsPersonalData("无")).toBe(false);
  });
});

describe("K-09 / C-11 masking structured fields", () => {
  it.each([
    ["王芳", "王*"],
    ["王", "*"],
    ["欧阳娜娜", "欧***"],
    ["诸葛孔明先生", "诸****"],
    ["  张三  ", "张*"],
  ])("name %s → %s", (input, expected) => {
    expect(maskName(input)).toBe(expected);
  });

  it.each([
    ["13812348000", "138****8000"],
    ["138 1234 8000", "138****8000"],
    ["12345", "*2345"],
    ["1234", "****"],
  ])("phone %s → %s", (input, expected) => {
    expect(maskPhone(input)).toBe(expected);
  });

  it.each([
    ["110101199003071234", "110***********1234"],
    ["G1234567", "G12*4567"],
    ["A123", "A***"],
  ])("ID number %s → %s", (input, expected) => {
    expect(maskIdNo(input)).toBe(expected);
  });

  it.each([
    ["6222021234567890123", "***************0123"],
    ["6222 0212 3456 7890", "************7890"],
  ])("bank account %s → %s", (input, expected) => {
    expect(maskBankAccount(input)).toBe(expected);
  });

  it("null stays null", () => {
    expect(maskName(null)).toBeNull();
    expect(maskPhone(null)).toBeNull();
    expect(maskIdNo(null)).toBeNull();
    expect(maskBankAccount(undefined)).toBeNull();
  });
});

describe("K-09 masking inside structured values", () => {
  it("masks every string at every level and keeps other values", () => {
    expect(maskPersonalDataDeep({ note: "回电13812348000", n: 3, list: ["110101199003071234", null], ok: true })).toEqual({
      note: "回电138****8000",
      n: 3,
      list: ["110***********1234", null],
      ok: true,
    });
  });
});

import { describe, expect, it } from "vitest";
import { DomainError } from "../../shared/errors.js";
import { type KnowledgeAction, type KnowledgeState, assertCaseCanBecomeKnowledge, countsAsReading, isTrainingMaterial, nextKnowledgeState } from "./knowledge-entry.js";
import { matchesSearch, normalizeSearchText, searchDocument, searchRank, searchTerms } from "./search-text.js";

const code = (f: () => unknown): string | null => {
  try {
    f();
    return null;
  } catch (e) {
    return e instanceof DomainError ? e.code : "other";
  }
};

describe("I-03 search text normalisation", () => {
  const rows: Array<[string, string, string]> = [
    ["full-width letters and digits become half-width, lower case", "ＡＢＣ１２３", "abc123"],
    ["Chinese punctuation becomes one space", "退保，流程。说明！", "退保 流程 说明"],
    ["runs of spaces and symbols collapse", "  客户   投诉——处理  ", "客户 投诉 处理"],
    ["Latin words keep their letters", "VIP 客户 Service", "vip 客户 service"],
    ["empty stays empty", " 。，", ""],
  ];
  it.each(rows)("I-03 %s", (_n, input, out) => expect(normalizeSearchText(input)).toBe(out));
  it("I-03 a document joins its parts without a bigram across them", () => {
    expect(searchDocument(["退保", null, "流程"])).toBe("退保 流程");
  });
});

describe("I-03 query terms (character bigrams for Chinese)", () => {
  const rows: Array<[string, string, string[]]> = [
    ["a two-character word is one term", "退保", ["退保"]],
    ["a four-character phrase gives three overlapping bigrams", "退保流程", ["退保", "保流", "流程"]],
    ["a lone character is itself", "保", ["保"]],
    ["words separated by spaces give their own bigrams", "客户 投诉", ["客户", "投诉"]],
    ["Latin and digits stay whole words beside Chinese", "VIP客户2026", ["vip", "客户", "2026"]],
    ["duplicates are dropped", "投诉投诉", ["投诉", "诉投"]],
    ["punctuation only gives no term", "，。！", []],
    ["full-width input is normalised first", "ＶＩＰ", ["vip"]],
  ];
  it.each(rows)("I-03 %s", (_n, q, terms) => expect(searchTerms(q)).toEqual(terms));
  it("I-03 at most twelve terms", () => expect(searchTerms("一二三四五六七八九十百千万亿兆").length).toBe(12));
});

describe("I-03 matching", () => {
  const doc = searchDocument(["客户要求退保的处理流程", "先核实身份，再解释现金价值。"]);
  const rows: Array<[string, string, boolean]> = [
    ["every bigram present matches", "退保流程", false],
    ["a phrase within the text matches", "处理流程", true],
    ["words in any order match", "现金价值 退保", true],
    ["a missing word does not match", "理赔", false],
    ["a single character matches inside a word", "核", true],
  ];
  it.each(rows)("I-03 %s (%s)", (_n, q, hit) => expect(matchesSearch(doc, searchTerms(q))).toBe(hit));
  it("I-03 titles with more terms rank higher", () => {
    const t = searchTerms("退保 流程");
    expect(searchRank("退保流程说明", t)).toBeGreaterThan(searchRank("退保须知", t));
  });
});

describe("I-03 entry states", () => {
  const rows: Array<[KnowledgeAction, KnowledgeState, KnowledgeState | string]> = [
    ["publish", "draft", "published"],
    ["publish", "retired", "published"],
    ["publish", "published", "knowledge_already_published"],
    ["retire", "published", "retired"],
    ["retire", "draft", "knowledge_not_published"],
    ["retire", "retired", "knowledge_not_published"],
    ["edit", "published", "published"],
    ["edit", "draft", "draft"],
  ];
  it.each(rows)("I-03 %s from %s → %s", (action, state, expected) => {
    const c = code(() => nextKnowledgeState(action, state));
    if (c) expect(c).toBe(expected);
    else expect(nextKnowledgeState(action, state)).toBe(expected);
  });
  it.each([
    ["closed", null],
    ["archivedUnsatisfied", null],
    ["handling", "knowledge_case_not_closed"],
    ["received", "knowledge_case_not_closed"],
  ])("I-03 a case in state %s → %s", (state, expected) => expect(code(() => assertCaseCanBecomeKnowledge(state))).toBe(expected));
  it("I-03 only readings and training of published entries count", () => {
    expect([countsAsReading("draft"), countsAsReading("published"), countsAsReading("retired")]).toEqual([false, true, false]);
    expect([isTrainingMaterial("published", true), isTrainingMaterial("draft", true), isTrainingMaterial("published", false)]).toEqual([true, false, false]);
  });
});

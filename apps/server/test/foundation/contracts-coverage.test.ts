/**
 * Issue 12 item 4, contracts enforced:
 * 1. every operation of the OpenAPI document declares a 2xx response schema (replies are checked
 *    against it in every API test: createTestEnv turns response validation on);
 * 2. every domain error code the server can send has a zh-CN and an en-US text in the web's
 *    dictionaries (`errors.<code>`; any `*_not_found` falls back to `errors.not_found`).
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import Fastify from "fastify";
import { type ZodTypeProvider, validatorCompiler } from "fastify-type-provider-zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { installErrorHandling } from "../../src/http/errors.js";
import { replySerializer } from "../../src/http/reply-serializer.js";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

const REPO = fileURLToPath(new URL("../../../../", import.meta.url));

/**
 * Paths whose response schemas were still being written by their owners while this test was added
 * (issue 12 item 4: daily-ops and the control registers). Both declare every 2xx schema now, so the
 * list is empty; nothing may be added here.
 */
const PENDING_RESPONSE_SCHEMAS_DAILY_OPS_AND_CONTROL_REGISTERS: readonly RegExp[] = [];

/** Codes built at run time, not written as literals where they are raised. */
const DYNAMIC_ERROR_CODES = [
  // core/queue/appointments.ts: appointment_not_${confirmed|approved|open|pending}
  "appointment_not_confirmed",
  "appointment_not_approved",
  "appointment_not_open",
  "appointment_not_pending",
];

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

interface OpenApiOperation {
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> } | undefined>;
}

function listFiles(dir: string, keep: (path: string) => boolean, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === "dist") continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) listFiles(path, keep, out);
    else if (keep(path)) out.push(path);
  }
  return out;
}

/** Every error code a reply of the server can carry, read from the server's and core's sources. */
function serverErrorCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  const sources = [join(REPO, "apps/server/src"), join(REPO, "packages/core/src")].flatMap((d) => listFiles(d, (p) => p.endsWith(".ts") && !p.endsWith(".test.ts")));
  const patterns: Array<[RegExp, (m: RegExpExecArray) => string]> = [
    [/new DomainError\(\s*"[a-z_]+",\s*"([a-z0-9_]+)"/g, (m) => m[1]!],
    [/\bnotFound\(\s*"([a-z0-9_]+)"/g, (m) => `${m[1]}_not_found`],
    [/\bassertPathInScope\([^)]*?,\s*"([a-z0-9_]+)",/g, (m) => `${m[1]}_not_found`],
    [/\berrorBody\(\s*"([a-z0-9_]+)"/g, (m) => m[1]!],
    [/\berror:\s*\{\s*code:\s*"([a-z0-9_]+)"/g, (m) => m[1]!],
    // core/queue/ticket-lifecycle.ts: the refusal code of each ticket action
    [/"(ticket_not_[a-z_]+)"/g, (m) => m[1]!],
  ];
  for (const file of sources) {
    const text = readFileSync(file, "utf8");
    for (const [re, code] of patterns) {
      for (let m = re.exec(text); m; m = re.exec(text)) if (!codes.has(code(m))) codes.set(code(m), relative(REPO, file));
    }
  }
  for (const c of DYNAMIC_ERROR_CODES) codes.set(c, "(built at run time)");
  return codes;
}

type Dict = { [key: string]: string | Dict };
const isDict = (v: unknown): v is Dict => typeof v === "object" && v !== null && !Array.isArray(v);

/** errors.<code> of every web dictionary (core and each module's i18n files), per locale. */
async function webErrorTexts(): Promise<Record<"zh-CN" | "en-US", Set<string>>> {
  const out = { "zh-CN": new Set<string>(), "en-US": new Set<string>() };
  const files = [join(REPO, "apps/web/src/i18n/core.ts"), ...listFiles(join(REPO, "apps/web/src/modules"), (p) => /i18n[^/]*\.ts$/.test(p) && !p.endsWith(".test.ts"))];
  for (const file of files) {
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const value of Object.values(mod)) {
      if (!isDict(value)) continue;
      for (const locale of ["zh-CN", "en-US"] as const) {
        const dict = value[locale];
        const errors = isDict(dict) ? dict.errors : undefined;
        if (!isDict(errors)) continue;
        for (const [code, text] of Object.entries(errors)) if (typeof text === "string" && text.trim() !== "") out[locale].add(code);
      }
    }
  }
  return out;
}

describe(`contracts coverage (${ENGINE})`, () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv({ demo: false });
  });
  afterAll(async () => env?.close());

  it("every operation of the OpenAPI document declares a 2xx response schema", async () => {
    const doc = (await env.call(null, { method: "GET", url: "/api/docs/json" })).body as { paths: Record<string, Partial<Record<(typeof METHODS)[number], OpenApiOperation>>> };
    const missing: string[] = [];
    let operations = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of METHODS) {
        const op = item[method];
        if (!op) continue;
        operations++;
        const declared = Object.entries(op.responses ?? {}).some(([status, r]) => /^2\d\d$/.test(status) && r !== undefined && Object.values(r.content ?? {}).some((c) => c.schema !== undefined));
        if (declared) continue;
        if (PENDING_RESPONSE_SCHEMAS_DAILY_OPS_AND_CONTROL_REGISTERS.some((re) => re.test(path))) continue;
        missing.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(operations).toBeGreaterThan(150);
    expect(missing, `operations without a 2xx response schema:\n${missing.join("\n")}`).toEqual([]);
  });

  it("a reply that breaks its contract is a 500 naming the field in test runs; without validation it is sent as it is", async () => {
    const answer = async (validate: boolean) => {
      const app = Fastify({ logger: false });
      app.setValidatorCompiler(validatorCompiler);
      app.setSerializerCompiler(replySerializer(validate));
      installErrorHandling(app);
      app.withTypeProvider<ZodTypeProvider>().get("/drift", { schema: { response: { 200: z.object({ count: z.number() }) } } }, async () => ({ count: "3" }) as unknown as { count: number });
      const res = await app.inject({ method: "GET", url: "/drift" });
      await app.close();
      return { status: res.statusCode, body: res.json() as { error?: { code: string; details: unknown } } };
    };
    const checked = await answer(true);
    expect(checked.status).toBe(500);
    expect(checked.body.error?.code).toBe("internal_error");
    expect(checked.body.error?.details).toEqual([{ path: "count", message: expect.any(String) }]);
    expect(await answer(false)).toEqual({ status: 200, body: { count: "3" } });
  });

  it("every domain error code has a zh-CN and an en-US text", async () => {
    const codes = serverErrorCodes();
    expect(codes.size).toBeGreaterThan(100);
    const texts = await webErrorTexts();
    const untranslated: string[] = [];
    for (const [code, where] of codes) {
      for (const locale of ["zh-CN", "en-US"] as const) {
        const has = texts[locale].has(code) || (code.endsWith("_not_found") && texts[locale].has("not_found"));
        if (!has) untranslated.push(`${locale} ${code} (${where})`);
      }
    }
    expect(untranslated, `error codes without a text:\n${untranslated.join("\n")}`).toEqual([]);
  });
});

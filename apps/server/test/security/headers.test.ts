/**
 * K-09 response headers (issue 9 item 5): CSP with frame-ancestors 'none', X-Frame-Options,
 * X-Content-Type-Options, Referrer-Policy on every response; `Cache-Control: no-store` on every /api/
 * response (personal data); Swagger UI at /api/docs keeps working under its own policy.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINE, type TestEnv, createTestEnv } from "../helpers.js";

function directives(csp: unknown): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of String(csp).split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

describe(`K-09 security headers (${ENGINE})`, () => {
  let env: TestEnv;
  let webDir: string;
  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), "ccms-web-"));
    writeFileSync(join(webDir, "index.html"), "<!doctype html><html><body><div id=root></div><script type=module src=/assets/app.js></script></body></html>");
    env = await createTestEnv({ env: { CCMS_WEB_DIST: webDir } });
  });
  afterAll(async () => {
    await env?.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  const baseline = (headers: Record<string, unknown>) => {
    const csp = directives(headers["content-security-policy"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBeDefined();
    return csp;
  };

  it("K-09 the web app gets a strict CSP: scripts from our origin only, inline styles for antd, never framed", async () => {
    for (const url of ["/", "/login", "/queue/display"]) {
      const res = await env.app.inject({ method: "GET", url });
      expect(res.statusCode, url).toBe(200);
      const csp = baseline(res.headers);
      expect(csp.get("script-src")).toEqual(["'self'"]);
      expect(csp.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
      expect(csp.get("object-src")).toEqual(["'none'"]);
      expect(csp.get("default-src")).toEqual(["'self'"]);
      expect([...csp.keys()]).not.toContain("upgrade-insecure-requests"); // plain HTTP inside a branch network keeps working
    }
  });

  it("K-09 every /api/ response is no-store (personal data), errors included", async () => {
    const users = await env.call("hqadmin", { method: "GET", url: "/api/v1/users" });
    expect(users.status).toBe(200);
    expect(users.headers["cache-control"]).toBe("no-store");
    baseline(users.headers);
    for (const url of ["/api/v1/health", "/api/v1/no-such-route", "/api/v1/users"]) {
      const res = await env.app.inject({ method: "GET", url });
      expect(res.headers["cache-control"], url).toBe("no-store");
      baseline(res.headers);
    }
  });

  it("K-09 Swagger UI at /api/docs still loads, under a policy that still forbids framing", async () => {
    const page = await env.app.inject({ method: "GET", url: "/api/docs/" });
    expect(page.body).toContain("swagger-initializer.js");
    expect(page.statusCode).toBe(200);
    const csp = baseline(page.headers);
    expect(csp.get("script-src")).toEqual(["'self'"]);
    const init = await env.app.inject({ method: "GET", url: "/api/docs/static/swagger-initializer.js" });
    expect(init.statusCode).toBe(200);
    const json = await env.app.inject({ method: "GET", url: "/api/docs/json" });
    expect(json.statusCode).toBe(200);
    expect(json.json().openapi).toMatch(/^3\./);
  });

  it("no Strict-Transport-Security on plain HTTP (only when behind HTTPS)", async () => {
    const res = await env.app.inject({ method: "GET", url: "/api/v1/health" });
    expect(res.headers["strict-transport-security"]).toBeUndefined();
  });
});

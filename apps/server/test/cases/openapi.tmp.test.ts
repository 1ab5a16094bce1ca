import { it, expect } from "vitest";
import { createTestEnv } from "../helpers.js";
it("openapi", async () => {
  const env = await createTestEnv({ demo: false });
  const r = await env.app.inject({ method: "GET", url: "/api/docs/json" });
  console.log(r.statusCode, r.body.length, Object.keys(JSON.parse(r.body).paths).filter((p) => p.includes("cases")).join(" "));
  expect(r.statusCode).toBe(200);
  await env.close();
});

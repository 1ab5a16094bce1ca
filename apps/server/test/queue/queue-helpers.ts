/** Helpers for the queue API tests. */
import { DEMO_PASSWORD, type TestEnv } from "../helpers.js";

export async function createWindow(env: TestEnv, counterId: string, body: Record<string, unknown>, as = "manager") {
  const res = await env.call(as, { method: "POST", url: `/api/v1/counters/${counterId}/windows`, payload: body });
  if (res.status !== 201) throw new Error(`create window: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; number: number };
}

export async function signIn(env: TestEnv, windowId: string, as: string) {
  const res = await env.call(as, { method: "POST", url: `/api/v1/windows/${windowId}/sign-in` });
  if (res.status !== 200) throw new Error(`sign in: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function issue(env: TestEnv, counterId: string, body: Record<string, unknown>, as = "guide", headers: Record<string, string> = {}) {
  return env.call(as, { method: "POST", url: `/api/v1/counters/${counterId}/tickets`, payload: body, headers });
}

export async function issueOk(env: TestEnv, counterId: string, body: Record<string, unknown>, as = "guide") {
  const res = await issue(env, counterId, body, as);
  if (res.status !== 201) throw new Error(`issue: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; number: string; priority: string; waitingAhead: number; businessType: string };
}

export async function callNext(env: TestEnv, windowId: string, as: string) {
  return env.call(as, { method: "POST", url: `/api/v1/windows/${windowId}/call-next` });
}

export async function act(env: TestEnv, ticketId: string, action: string, as: string, payload?: unknown) {
  return env.call(as, { method: "POST", url: `/api/v1/tickets/${ticketId}/${action}`, ...(payload === undefined ? {} : { payload: payload as object }) });
}

/** Create a teller user at a counter (for the parallel tests). */
export async function createTeller(env: TestEnv, counterId: string, username: string) {
  const res = await env.call("admin", {
    method: "POST",
    url: "/api/v1/users",
    payload: { username, password: "Teller#Pass2026x", displayName: username, orgUnitId: counterId, roles: ["teller"] },
  });
  if (res.status !== 201) throw new Error(`create user: ${res.status} ${JSON.stringify(res.body)}`);
  const login = await env.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username, password: "Teller#Pass2026x" } });
  const body = login.json() as { token: string; mustChangePassword: boolean };
  let token = body.token;
  if (body.mustChangePassword) {
    const ch = await env.app.inject({
      method: "POST",
      url: "/api/v1/auth/change-password",
      headers: { authorization: `Bearer ${token}` },
      payload: { currentPassword: "Teller#Pass2026x", newPassword: "Teller#Pass2026y!" },
    });
    if (ch.statusCode >= 300) throw new Error(`change password: ${ch.body}`);
    const again = await env.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username, password: "Teller#Pass2026y!" } });
    token = (again.json() as { token: string }).token;
  }
  return token;
}

export async function createDevice(env: TestEnv, counterId: string, kind: string, as = "manager") {
  const res = await env.call(as, { method: "POST", url: "/api/v1/devices", payload: { orgUnitId: counterId, kind, name: `${kind}-1` } });
  if (res.status !== 201) throw new Error(`device: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.token as string;
}

/** Cancel every waiting ticket of a counter (between tests). */
export async function drain(env: TestEnv, counterId: string) {
  const q = await env.call("manager", { method: "GET", url: `/api/v1/counters/${counterId}/queue` });
  for (const t of q.body.waiting as Array<{ id: string }>) {
    const r = await env.call("guide", { method: "POST", url: `/api/v1/tickets/${t.id}/cancel`, payload: {} });
    if (r.status !== 200) throw new Error(`cancel: ${r.status} ${JSON.stringify(r.body)}`);
  }
}

export async function windowByNumber(env: TestEnv, counterId: string, n: number) {
  const res = await env.call("manager", { method: "GET", url: `/api/v1/counters/${counterId}/windows` });
  const w = (res.body.items as Array<{ id: string; number: number }>).find((x) => x.number === n);
  if (!w) throw new Error(`no window ${n}`);
  return w;
}

/** A new session at the current test clock (sessions expire after 12 h of test time). */
export async function freshToken(env: TestEnv, username: string) {
  const res = await env.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username, password: DEMO_PASSWORD } });
  if (res.statusCode !== 200) throw new Error(`login: ${res.body}`);
  return (res.json() as { token: string }).token;
}

/**
 * Close a test env. On PostgreSQL, pg's pool.end() resolves before its sockets have closed, and the
 * harness then drops the database WITH (FORCE), which can kill a closing connection (FATAL 57P01,
 * reported by vitest as an unhandled error). Give the sockets a moment first.
 */
export async function closeEnv(env: TestEnv | undefined) {
  if (!env) return;
  const database = env.database;
  const close = database.close.bind(database);
  database.close = async () => {
    await close();
    await new Promise((r) => setTimeout(r, 300));
  };
  await env.close();
}

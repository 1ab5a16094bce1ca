/**
 * Bench: the HTTP client of the load (keep-alive, loopback) and sign-in with real sessions: an account
 * signed in for the first time changes its password as the server demands (K-06) and goes on with
 * the same session.
 */
import { Buffer } from "node:buffer";
import { request as httpRequest, Agent } from "node:http";

export const DEMO_PASSWORD = "Demo@2026pass";

const agent = new Agent({ keepAlive: true, maxSockets: 256 });

/**
 * One JSON request; resolves { status, body } (body parsed, null when empty). A kept-alive socket the
 * server closed as idle just as it was reused fails with ECONNRESET before the server read anything:
 * that request is sent once more on a new socket (the pattern of Node's http docs, `request.reusedSocket`).
 */
export function http(port, method, path, token, body, retried = false) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers = { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(payload ? { "content-type": "application/json", "content-length": Buffer.byteLength(payload) } : {}) };
    const req = httpRequest({ host: "127.0.0.1", port, method, path, headers, agent }, (res) => {
      let data = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (data += c));
      res.on("end", () => {
        try {
          resolve({ status: res.statusCode, body: data ? JSON.parse(data) : null });
        } catch {
          resolve({ status: res.statusCode, body: data });
        }
      });
    });
    req.on("error", (err) => {
      if (!retried && req.reusedSocket && err.code === "ECONNRESET") http(port, method, path, token, body, true).then(resolve, reject);
      else reject(err);
    });
    if (payload) req.write(payload);
    req.end();
  });
}

/** Signs in (changing a first password) and returns the session token. */
export async function signIn(port, username, password) {
  const r = await http(port, "POST", "/api/v1/auth/login", null, { username, password });
  // An account signed in before has already changed its first password (below).
  if (r.status === 401 && !password.endsWith("!n")) return signIn(port, username, `${password}!n`);
  if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${JSON.stringify(r.body)}`);
  if (!r.body.mustChangePassword) return r.body.token;
  const newPassword = `${password}!n`;
  const c = await http(port, "POST", "/api/v1/auth/change-password", r.body.token, { currentPassword: password, newPassword });
  if (c.status !== 200 && c.status !== 204) throw new Error(`change password ${username}: ${c.status} ${JSON.stringify(c.body)}`);
  return r.body.token; // the change revokes the account's other sessions, not this one
}


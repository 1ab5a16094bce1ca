/**
 * K-09 response headers: a Content-Security-Policy the built web app passes (antd injects inline
 * styles; scripts only from our origin; the hall display's speechSynthesis and the kiosk's
 * window.print need no CSP source), no framing by any page (frame-ancestors 'none', X-Frame-Options),
 * X-Content-Type-Options, Referrer-Policy, and `Cache-Control: no-store` on every /api/ response
 * (personal data must not stay in browser or proxy caches).
 */
import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";

export const APP_CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", "data:", "blob:"],
  fontSrc: ["'self'", "data:"],
  connectSrc: ["'self'"],
  mediaSrc: ["'self'", "data:", "blob:"],
  workerSrc: ["'self'", "blob:"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Swagger UI (/api/docs) loads its own bundle and inline styles; still never framed. */
export const DOCS_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

export async function installSecurityHeaders(app: FastifyInstance, opts: { https: boolean }): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: APP_CSP_DIRECTIVES },
    // The server often runs on plain HTTP inside a branch network: never upgrade or pin HTTPS unless it is behind HTTPS.
    hsts: opts.https ? { maxAge: 15_552_000, includeSubDomains: false } : false,
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "same-origin" },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook("onSend", async (req, reply, payload) => {
    const path = req.url.split("?")[0] ?? "";
    if (path === "/api/docs" || path.startsWith("/api/docs/")) {
      reply.header("content-security-policy", DOCS_CSP);
    } else if (path.startsWith("/api/")) {
      reply.header("cache-control", "no-store");
    }
    return payload;
  });
}

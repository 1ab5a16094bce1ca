/** Every error leaves as {"error":{"code","message","details"}} with a 4xx for bad input, never 500. */
import { type DomainErrorKind, isDomainError } from "@ccms/core";
import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";

const STATUS: Record<DomainErrorKind, number> = {
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
};

export function errorBody(code: string, message: string, details: unknown = null) {
  return { error: { code, message, details } };
}

/** `spaFallback`: unknown GET paths outside /api/ get the web app's index.html (client-side routes). */
export function installErrorHandling(app: FastifyInstance, opts: { spaFallback?: boolean } = {}): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (isDomainError(err)) {
      return reply.status(STATUS[err.kind]).send(errorBody(err.code, err.message, err.details));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => ({
        in: err.validationContext ?? "body",
        path: v.instancePath,
        message: v.message,
        ...(v.params && "issue" in v.params ? { code: (v.params.issue as { code?: string }).code } : {}),
      }));
      return reply.status(400).send(errorBody("validation_failed", "The request is not valid", details));
    }
    switch (err.code) {
      case "FST_ERR_CTP_INVALID_JSON_BODY":
      case "FST_ERR_CTP_EMPTY_JSON_BODY":
        return reply.status(400).send(errorBody("invalid_json", "The body is not valid JSON"));
      case "FST_ERR_CTP_BODY_TOO_LARGE":
        return reply.status(413).send(errorBody("body_too_large", "The body is too large"));
      case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
        return reply.status(415).send(errorBody("unsupported_media_type", "Send application/json"));
      case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
        return reply.status(400).send(errorBody("invalid_content_length", "Invalid Content-Length"));
      default:
        break;
    }
    if (err instanceof SyntaxError) return reply.status(400).send(errorBody("invalid_json", "The body is not valid JSON"));
    if (err.code === "FST_ERR_RESPONSE_SERIALIZATION") {
      // Only with response validation on (tests): the reply broke its contract; name the fields.
      const issues = (err.cause as { issues?: Array<{ path: PropertyKey[]; message: string }> } | undefined)?.issues ?? [];
      req.log.error({ err }, "response does not match its schema");
      return reply.status(500).send(errorBody("internal_error", `The response of ${req.method} ${req.routeOptions.url} does not match its contract`, issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }))));
    }
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply.status(status).send(errorBody(err.code ? err.code.toLowerCase() : "bad_request", err.message));
    }
    req.log.error({ err }, "unhandled error");
    return reply.status(500).send(errorBody("internal_error", "An internal error occurred"));
  });
  app.setNotFoundHandler((req, reply) => {
    // Client-side routes have no file extension; a missing /assets/x.js stays a 404.
    const path = req.url.split("?")[0] ?? "";
    if (opts.spaFallback && req.method === "GET" && !path.startsWith("/api/") && !/\.[A-Za-z0-9]+$/.test(path)) {
      return reply.type("text/html").sendFile("index.html");
    }
    return reply.status(404).send(errorBody("route_not_found", `No route ${req.method} ${req.url.split("?")[0]}`));
  });
}

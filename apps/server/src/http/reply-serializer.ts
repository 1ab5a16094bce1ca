/**
 * Replies are serialised as they are (JSON.stringify). With `validate` (test runs: createTestEnv),
 * every reply is first checked against its route's response schema for that status, so a response
 * that drifts from its contract fails the test with a 500 naming the fields (issue 12 item 4). The
 * bytes sent are the same either way: unknown keys are not stripped.
 */
import type { FastifySerializerCompiler } from "fastify";
import { ResponseSerializationError } from "fastify-type-provider-zod";
import type { ZodError } from "zod";

interface SafeParser {
  safeParse(data: unknown): { success: true } | { success: false; error: unknown };
}

const isSafeParser = (s: unknown): s is SafeParser => typeof s === "object" && s !== null && typeof (s as { safeParse?: unknown }).safeParse === "function";

export function replySerializer(validate: boolean): FastifySerializerCompiler<unknown> {
  if (!validate) return () => (data) => JSON.stringify(data);
  return ({ schema, method, url }) =>
    (data) => {
      if (isSafeParser(schema)) {
        const result = schema.safeParse(data);
        if (!result.success) throw new ResponseSerializationError(method, url, { cause: result.error as ZodError });
      }
      return JSON.stringify(data);
    };
}

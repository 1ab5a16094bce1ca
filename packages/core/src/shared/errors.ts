/**
 * Domain errors carry a stable code that the API returns and the web translates.
 * User-facing text never lives in core: `message` is an English developer hint only.
 */
export type DomainErrorKind =
  | "validation" // 400
  | "unauthorized" // 401
  | "forbidden" // 403
  | "not_found" // 404
  | "conflict" // 409
  | "unprocessable"; // 422

export class DomainError extends Error {
  readonly code: string;
  readonly kind: DomainErrorKind;
  readonly details: unknown;

  constructor(kind: DomainErrorKind, code: string, message: string, details?: unknown) {
    super(message);
    this.name = "DomainError";
    this.kind = kind;
    this.code = code;
    this.details = details ?? null;
  }
}

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;

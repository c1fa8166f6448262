/**
 * The app's one error table (as vercel/ai-chatbot's lib/errors.ts): every error code a route can answer with, its
 * HTTP status and the public message shown when the route has nothing more specific to say. Routes never pick a
 * status themselves; `apiError(code)` looks it up here.
 */
export const ERRORS = {
  invalid_json: { status: 400, message: "The request body is not valid JSON." },
  invalid_path: { status: 400, message: "The address is malformed." },
  sign_in_required: { status: 401, message: "Sign in to the team side (or send a valid API token)." },
  forbidden: { status: 403, message: "Your role does not allow this." },
  cross_origin: { status: 403, message: "This request came from another site, so it was refused." },
  unknown_conversation: { status: 404, message: "There is no such conversation." },
  unknown_turn: { status: 404, message: "There is no such turn." },
  unknown_trace: { status: 404, message: "There is no such trace." },
  unknown_filter: { status: 404, message: "There is no such saved filter." },
  unknown_user: { status: 404, message: "There is no such team member." },
  unknown_token: { status: 404, message: "There is no such API token." },
  not_found: { status: 404, message: "Not found." },
  stale_version: { status: 409, message: "Someone changed this meanwhile; reload and try again." },
  nothing_to_undo: { status: 409, message: "There is nothing to undo." },
  user_exists: { status: 409, message: "That team member already exists." },
  setup_done: { status: 409, message: "The first admin already exists; sign in instead." },
  body_too_large: { status: 413, message: "The request body is too large." },
  message_too_long: { status: 413, message: "Your message is too long; please shorten it." },
  invalid_request: { status: 422, message: "The request is not valid." },
  invalid_format: { status: 422, message: "format must be csv or jsonl." },
  invalid_rows: { status: 422, message: "Some rows are invalid; nothing was imported." },
  invalid_change: { status: 422, message: "That change is not valid." },
  empty_message: { status: 422, message: "Type a message first." },
  empty_queue: { status: 422, message: "No traces match; nothing to review." },
  unknown_mode: { status: 422, message: "There is no such failure mode." },
  unknown_fact: { status: 422, message: "There is no such handbook fact." },
  duplicate_name: { status: 422, message: "That name is already taken." },
  no_examples: { status: 422, message: "No trace is labelled with that failure mode yet." },
  no_judge_model: {
    status: 409,
    message:
      "No judge model is configured: set OPENAI_BASE_URL (and OPENAI_API_KEY) or LLM_PROVIDER=local on the server.",
  },
  conversation_full: {
    status: 422,
    message: "This conversation is very long, so it is closed. Please start a new conversation (or call the shop).",
  },
  too_many_requests: { status: 429, message: "Too many attempts; wait a minute and try again." },
  internal_error: { status: 500, message: "Something went wrong on our side; nothing was half-written." },
  store_unavailable: {
    status: 503,
    message: "The database cannot be written or read right now (read-only or full disk). Try again later.",
  },
} as const satisfies Record<string, { status: number; message: string }>;

/** An error code of the table. */
export type ErrorCode = keyof typeof ERRORS;

/** True when `code` is in the table (domain results carry their own codes as strings). */
export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERRORS, code);
}

/** The API's one error shape: `{ error: { code, message } }` plus optional details (e.g. bad import rows). */
export function apiError(code: ErrorCode, message?: string, extra?: Record<string, unknown>): Response {
  const { status, message: fallback } = ERRORS[code];
  return Response.json(
    { error: { code, message: message ?? fallback }, ...extra },
    { status, headers: { "Cache-Control": "no-store" } },
  );
}

/** A domain's expected failure (`{ code, message }`) as a response; a code missing from the table is a 422. */
export function domainError(error: { code: string; message: string }): Response {
  if (isErrorCode(error.code)) return apiError(error.code, error.message);
  return Response.json(
    { error: { code: error.code, message: error.message } },
    { status: 422, headers: { "Cache-Control": "no-store" } },
  );
}

const STORE_DOWN = /^SQLITE_(READONLY|FULL|BUSY|LOCKED|CANTOPEN|IOERR|CORRUPT|NOTADB|PERM)/;

/** The table code for an unexpected thrown error: storage failures are 503, a bad escape in a URL is 400, else 500. */
export function codeForThrown(error: unknown): ErrorCode {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && STORE_DOWN.test(code)) return "store_unavailable";
    if (e instanceof URIError) return "invalid_path";
  }
  return "internal_error";
}

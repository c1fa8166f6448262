import "server-only";
import { type Access, can } from "../_auth/roles";
import { redactSecrets } from "../../traces/index";
import { apiError, codeForThrown } from "./errors";
import { checkRequestOrigin } from "./request-origin";
import { type Member, memberFrom } from "./team-auth";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/** What a route handler receives: the request, its decoded params and (for team routes) who is asking. */
export type RouteContext<P, M> = { request: Request; params: P; member: M };

type Handler<P, M> = (ctx: RouteContext<P, M>) => Promise<Response> | Response;
type NextHandler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

/**
 * The one guard every route handler goes through. In order: a write from another site's page is refused (CSRF,
 * `checkRequestOrigin`); a team route needs a session or a bearer API token whose role allows `access` (401 / 403);
 * then the handler runs, and anything it throws becomes a JSON answer from the error table — 503 when the database
 * is read-only or full, 400 for a malformed address, else a logged 500 with secrets redacted.
 */
export function route<P = Record<string, never>>(
  opts: { name: string; access: Access },
  handler: Handler<P, Member>,
): NextHandler<P>;
export function route<P = Record<string, never>>(
  opts: { name: string; access: "public" },
  handler: Handler<P, null>,
): NextHandler<P>;
export function route<P>(
  opts: { name: string; access: Access | "public" },
  handler: Handler<P, Member> | Handler<P, null>,
): NextHandler<P> {
  // The overloads pair "public" with a null member and every other access with a member, so this call is sound.
  const run = handler as (ctx: RouteContext<P, Member | null>) => Promise<Response> | Response;
  return async (request, context) => {
    try {
      if (!SAFE.has(request.method)) {
        const origin = checkRequestOrigin(request.headers);
        if (!origin.ok) return apiError("cross_origin", origin.message);
      }
      let member: Member | null = null;
      if (opts.access !== "public") {
        member = await memberFrom(request.headers);
        if (!member) return apiError("sign_in_required");
        if (!can(member.role, opts.access))
          return apiError("forbidden", `Your role (${member.role}) cannot do this; it needs ${opts.access} access.`);
      }
      const params = ((await context?.params) ?? {}) as P;
      return await run({ request, params, member });
    } catch (error) {
      const code = codeForThrown(error);
      if (code !== "invalid_path") console.error(`[app] ${opts.name} failed:`, redactSecrets(describe(error)));
      return apiError(code);
    }
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ""}` : String(error);
}

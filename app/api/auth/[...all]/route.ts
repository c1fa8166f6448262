import { apiError } from "../../../_server/errors";
import { route } from "../../../_server/route";
import { getTeamAuth } from "../../../_server/team-auth";

/** The auth library's endpoints (sign-in, sign-out, session) behind the app's guard: CSRF check and error table. */
const handle = route({ name: "auth", access: "public" }, async ({ request }) => {
  const response = await (await getTeamAuth()).handler(request);
  if (response.status !== 429) return response;
  const retryAfter = response.headers.get("x-retry-after") ?? response.headers.get("retry-after");
  return apiError(
    "too_many_requests",
    retryAfter ? `Too many sign-in attempts; try again in ${retryAfter} s.` : undefined,
  );
});

/** GET /api/auth/*: session reads. */
export const GET = handle;
/** POST /api/auth/*: sign-in (rate-limited), sign-out. */
export const POST = handle;

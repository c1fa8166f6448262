import { NextResponse } from "next/server";
import { ERRORS } from "./app/_server/errors";

/**
 * Runs before routing: an address whose percent-escapes do not decode (`/api/conversations/%zz`) would make Next
 * throw while decoding the route's params (a 500); it gets the error table's JSON 400 instead.
 */
export function proxy(request: Request) {
  const { pathname } = new URL(request.url);
  try {
    decodeURIComponent(pathname);
    return NextResponse.next();
  } catch {
    const { status, message } = ERRORS.invalid_path;
    return NextResponse.json({ error: { code: "invalid_path", message } }, { status });
  }
}

/** Every path except Next's own assets. */
export const config = { matcher: ["/((?!_next/static|_next/image).*)"] };

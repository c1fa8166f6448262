"use client";

import { postJson } from "./post-json";

/** Ends the session (the auth library deletes it and clears the cookie), then goes to the chat. */
export function SignOutButton() {
  return (
    <button
      type="button"
      className="button button-secondary button-small"
      onClick={async () => {
        await postJson("/api/auth/sign-out", {});
        window.location.assign("/sign-in");
      }}
    >
      Sign out
    </button>
  );
}

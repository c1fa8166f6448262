import { describe, expect, it } from "vitest";
import { CHAT_KEY_COOKIE, chatKeyCookie, chatKeyFrom, chatKeyHash, keyOpens, newChatKey } from "./chat-key";

describe("chat key", () => {
  const key = newChatKey();

  it("reads the key back from a Cookie header among others", () => {
    expect(chatKeyFrom(`a=1; ${CHAT_KEY_COOKIE}=${key}; b=2`)).toBe(key);
    expect(chatKeyFrom("a=1")).toBeNull();
    expect(chatKeyFrom(null)).toBeNull();
    expect(chatKeyFrom(`${CHAT_KEY_COOKIE}=short`)).toBeNull();
    expect(chatKeyFrom(`${CHAT_KEY_COOKIE}=${key}"; x`)).toBeNull();
  });

  it("is issued httpOnly and SameSite, Secure only over https", () => {
    expect(chatKeyCookie(key, false)).toMatch(/HttpOnly; SameSite=Lax; Max-Age=\d+$/);
    expect(chatKeyCookie(key, true)).toMatch(/; Secure$/);
  });

  it("opens only the conversation whose stored hash it matches", () => {
    expect(keyOpens(key, chatKeyHash(key))).toBe(true);
    expect(keyOpens(newChatKey(), chatKeyHash(key))).toBe(false);
    expect(keyOpens(null, chatKeyHash(key))).toBe(false);
    expect(keyOpens(key, undefined)).toBe(false);
    expect(keyOpens(key, "")).toBe(false);
  });
});

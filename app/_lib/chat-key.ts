import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** The httpOnly cookie that holds a browser's chat key: the capability that opens the conversations it started. */
export const CHAT_KEY_COOKIE = "jbs_chat";

/** A fresh chat key (256 random bits, URL-safe). */
export const newChatKey = () => randomBytes(32).toString("base64url");

/** What is stored with a conversation: the key's hash, never the key. */
export const chatKeyHash = (key: string) => createHash("sha256").update(key).digest("hex");

/** The chat key in a `Cookie` header, or null when absent or malformed. */
export function chatKeyFrom(cookieHeader: string | null): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === CHAT_KEY_COOKIE) {
      const value = rest.join("=");
      return /^[A-Za-z0-9_-]{43}$/.test(value) ? value : null;
    }
  }
  return null;
}

/** The `Set-Cookie` value issuing a chat key: httpOnly, SameSite=Lax, 30 days, `Secure` when served over https. */
export function chatKeyCookie(key: string, secure: boolean): string {
  return `${CHAT_KEY_COOKIE}=${key}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${30 * 24 * 3600}${secure ? "; Secure" : ""}`;
}

/** True when `key` hashes to `storedHash` (constant-time); false for a missing key or hash. */
export function keyOpens(key: string | null, storedHash: unknown): boolean {
  if (!key || typeof storedHash !== "string" || storedHash.length !== 64) return false;
  return timingSafeEqual(Buffer.from(chatKeyHash(key)), Buffer.from(storedHash));
}

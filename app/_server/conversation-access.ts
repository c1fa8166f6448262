import "server-only";
import { chatKeyCookie, chatKeyFrom, chatKeyHash, keyOpens, newChatKey } from "../_lib/chat-key";
import { getStore } from "./runtime";

// Conversations started in this process whose first turn may not be committed yet (bounded; oldest dropped first).
const KEY = Symbol.for("jos-bike-shop.app.chat-bindings");
const MAX_PENDING = 10_000;
type Holder = { [KEY]?: Map<string, string> };
const pending = () => ((globalThis as Holder)[KEY] ??= new Map());

/** The metadata key a conversation's chat-key hash is stored under. */
export const ACCESS_HASH = "chatKeyHash";

/**
 * May the browser that sent `headers` open conversation `id`? Only with the chat key that started it: a conversation
 * id alone opens nothing (conversations from the CLI, synthetic runs or evals carry no key and never open here).
 */
export function mayOpenConversation(headers: Headers, id: string): boolean {
  const key = chatKeyFrom(headers.get("cookie"));
  if (!key) return false;
  const stored = pending().get(id) ?? getStore().getConversation(id)?.metadata?.[ACCESS_HASH];
  return keyOpens(key, stored);
}

/** The browser's chat key, or a new one with the `Set-Cookie` header that issues it. */
export function chatKeyFor(headers: Headers): { key: string; setCookie: string | null } {
  const key = chatKeyFrom(headers.get("cookie"));
  if (key) return { key, setCookie: null };
  const fresh = newChatKey();
  return { key: fresh, setCookie: chatKeyCookie(fresh, process.env.BETTER_AUTH_URL?.startsWith("https://") ?? false) };
}

/** Remembers that `id` was started with `key` until its first turn (which stores the hash) is committed. */
export function bindConversation(id: string, key: string): void {
  const map = pending();
  map.set(id, chatKeyHash(key));
  if (map.size > MAX_PENDING) map.delete(map.keys().next().value as string);
}

/** The metadata a new conversation is created with: the hash of the key that may open it. */
export const accessMetadata = (key: string) => ({ [ACCESS_HASH]: chatKeyHash(key) });

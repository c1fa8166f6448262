import type { Metadata } from "next";
import { connection } from "next/server";
import { ChatWindow } from "./_components/chat/chat-window";
import { headers } from "next/headers";
import { loadChatConversation } from "./_server/chat-conversation";
import { mayOpenConversation } from "./_server/conversation-access";
import { currentMember } from "./_server/team-page";

export const metadata: Metadata = { title: "Chat" };

/**
 * `/`: the chat window; `?c=<id>` restores a stored conversation (so a reload keeps the history) — only in the browser
 * whose chat-key cookie started it. A signed-in team member also gets the debug drawer.
 */
export default async function ChatPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const { c } = await searchParams;
  const id = typeof c === "string" && c.length > 0 && c.length <= 200 ? c : null;
  const initial = id && mayOpenConversation(await headers(), id) ? loadChatConversation(id) : null;
  const debug = (await currentMember()) !== null;
  return (
    <ChatWindow key={initial?.id ?? "new"} initial={initial} missingId={id && !initial ? id : null} debug={debug} />
  );
}

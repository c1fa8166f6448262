import type { ChatTurn } from "../../_lib/chat-dto";

/** One bubble in the chat log. `turn` links an assistant reply to its stored turn (for feedback). */
export interface ChatMessage {
  key: string;
  role: "user" | "assistant";
  text: string;
  turn: number | null;
  streaming: boolean;
}

/** The bubbles of a restored conversation: each turn's message and reply. */
export function messagesFromTurns(turns: ChatTurn[]): ChatMessage[] {
  return turns.flatMap((t) => [
    { key: `u${t.turn}`, role: "user" as const, text: t.user, turn: null, streaming: false },
    { key: `a${t.turn}`, role: "assistant" as const, text: t.reply, turn: t.turn, streaming: false },
  ]);
}

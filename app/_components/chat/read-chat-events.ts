import { ChatEvent } from "../../_lib/chat-dto";

/** Reads the NDJSON body of POST /api/chat, calling `onEvent` for each parsed event as soon as its line arrives. */
export async function readChatEvents(
  body: ReadableStream<Uint8Array>,
  onEvent: (event: ChatEvent) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let newline = buffer.indexOf("\n");
    while (newline >= 0) {
      const line = buffer.slice(0, newline).trim();
      buffer = buffer.slice(newline + 1);
      if (line) onEvent(ChatEvent.parse(JSON.parse(line)));
      newline = buffer.indexOf("\n");
    }
  }
  buffer += decoder.decode();
  if (buffer.trim()) onEvent(ChatEvent.parse(JSON.parse(buffer)));
}

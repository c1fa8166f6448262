import type { ChatRequestBody, FakeStep } from "./fake-openai";

/** Short shop questions the offline engine answers in one turn: first-token latency samples (bench and e2e). */
export const FAQ_QUESTIONS = [
  "What are your opening hours?",
  "How much is a tune-up?",
  "Do you fix flat tires?",
  "Where are you located?",
  "Do you work on e-bikes?",
  "Can I pay by card?",
  "thanks!",
];

/** The slow model's reply: ten pieces, one every `SLOW_CHUNK_DELAY_MS` (540 ms from first to last, unbuffered). */
export const SLOW_CHUNKS = ["Hi", " there!", " How", " can", " I", " help", " with", " your", " bike", " today?"];
export const SLOW_CHUNK_DELAY_MS = 60;

/** A fake OpenAI responder that understands every message as a greeting and streams `SLOW_CHUNKS` slowly. */
export function slowModel(body: ChatRequestBody): FakeStep {
  if (body.stream)
    return {
      kind: "stream",
      chunks: SLOW_CHUNKS,
      chunkDelayMs: SLOW_CHUNK_DELAY_MS,
      usage: { prompt_tokens: 50, completion_tokens: SLOW_CHUNKS.length },
    };
  const slots = { service: null, dateText: null, timeText: null, name: null, contact: null, notOffered: null };
  const understanding = { intent: "greeting", topics: [], slots };
  return { kind: "json", content: JSON.stringify(understanding), usage: { prompt_tokens: 80, completion_tokens: 20 } };
}

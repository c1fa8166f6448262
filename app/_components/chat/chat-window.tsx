"use client";

import Link from "next/link";
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from "react";
import { ApiError, type ChatConversation, type ChatTurn } from "../../_lib/chat-dto";
import { BookingPanel, showsBookingPanel } from "./booking-panel";
import { type ChatMessage, messagesFromTurns } from "./chat-messages";
import { FeedbackControl } from "./feedback-control";
import { readChatEvents } from "./read-chat-events";
import styles from "./chat.module.css";

const MAX_CHARS = 4000;
const SUGGESTIONS = ["I'd like to book a tune-up", "What are your opening hours?", "How much is a flat repair?"];

interface Props {
  initial: ChatConversation | null;
  /** A `?c=` id that matched no stored conversation (shown as a notice; a new conversation starts). */
  missingId: string | null;
  /** A signed-in team member is looking: show the debug drawer (conversation id, machine state, trace link). */
  debug: boolean;
}

/** The shop's chat window: streams replies, keeps the conversation id in the URL, shows the booking panel. */
export function ChatWindow({ initial, missingId, debug }: Props) {
  const [conversationId, setConversationId] = useState<string | null>(initial?.id ?? null);
  const [messages, setMessages] = useState<ChatMessage[]>(() => messagesFromTurns(initial?.turns ?? []));
  const [last, setLast] = useState<ChatTurn | null>(initial?.turns.at(-1) ?? null);
  const [draft, setDraft] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(
    missingId ? "We couldn't find that conversation, so we started a new one." : null,
  );
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const logRef = useRef<HTMLDivElement>(null);
  const seq = useRef(0);

  // Keep the newest message (and each streamed token) in view.
  useEffect(() => {
    const log = logRef.current;
    if (log && messages.length > 0) log.scrollTop = log.scrollHeight;
  }, [messages]);

  useEffect(() => {
    if (missingId) window.history.replaceState(null, "", "/");
  }, [missingId]);

  function startOver() {
    setConversationId(null);
    setMessages([]);
    setLast(null);
    setError(null);
    setDraft("");
    window.history.replaceState(null, "", "/");
    inputRef.current?.focus();
  }

  async function send(text: string) {
    const message = text.trim();
    if (!message || pending) return;
    const n = ++seq.current;
    const replyKey = `pending-${n}`;
    setPending(true);
    setError(null);
    setDraft("");
    setMessages((m) => [
      ...m,
      { key: `sent-${n}`, role: "user", text: message, turn: null, streaming: false },
      { key: replyKey, role: "assistant", text: "", turn: null, streaming: true },
    ]);
    const patchReply = (patch: (m: ChatMessage) => ChatMessage) =>
      setMessages((all) => all.map((m) => (m.key === replyKey ? patch(m) : m)));
    const dropReply = () => setMessages((all) => all.filter((m) => m.key !== replyKey));
    try {
      const res = await fetch("/api/chat", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ conversationId: conversationId ?? undefined, message }),
      });
      if (!res.ok || !res.body) {
        dropReply();
        const body = ApiError.safeParse(await res.json().catch(() => null));
        setError(
          body.success
            ? body.data.error.message
            : `The shop's assistant is unavailable (HTTP ${res.status}). Please try again.`,
        );
        return;
      }
      await readChatEvents(res.body, (event) => {
        if (event.type === "token") patchReply((m) => ({ ...m, text: m.text + event.delta }));
        else if (event.type === "error") setError(event.error.message);
        else {
          const turn = event.turn;
          patchReply((m) => ({ ...m, text: turn.reply, turn: turn.turn, streaming: false }));
          setLast(turn);
          if (turn.conversationId !== conversationId) {
            setConversationId(turn.conversationId);
            window.history.replaceState(null, "", `/?c=${encodeURIComponent(turn.conversationId)}`);
          }
        }
      });
    } catch {
      setError("We lost the connection to the shop's assistant. Please try again.");
    } finally {
      patchReply((m) => ({ ...m, streaming: false }));
      setMessages((all) => all.filter((m) => m.key !== replyKey || m.text !== ""));
      setPending(false);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void send(draft);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void send(draft);
    }
  }

  const panel = last && showsBookingPanel(last.state, last.bookingIds);

  return (
    <div className={panel ? `${styles.layout} ${styles.hasPanel}` : styles.layout} data-fills-viewport>
      <section className={styles.card} aria-labelledby="chat-title">
        <header className={styles.header}>
          <div className={styles.titleBlock}>
            <span className={styles.avatar} aria-hidden="true">
              JO
            </span>
            <div>
              <h1 id="chat-title">Chat with JO&apos;s Bike Shop</h1>
              <p className={styles.subtitle} data-part="subtitle">
                Services, prices, opening hours and bookings
              </p>
            </div>
          </div>
          <div className={styles.actions}>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={startOver}
              aria-label="New conversation"
            >
              <span className={styles.labelLong}>New conversation</span>
              <span className={styles.labelShort}>New chat</span>
            </button>
          </div>
        </header>

        <div
          ref={logRef}
          className={styles.log}
          role="log"
          aria-live="polite"
          aria-busy={pending}
          aria-label="Conversation"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to scroll it.
          tabIndex={0}
        >
          <div className={`${styles.message} ${styles.assistant} ${styles.welcome}`}>
            <p className={styles.bubble} data-part="bubble">
              Hi! I&apos;m the JO&apos;s Bike Shop assistant. Ask me about our services, prices and opening hours, or
              book a service.
            </p>
          </div>
          {messages.length === 0 && (
            <ul className={styles.suggestions} aria-label="Suggestions">
              {SUGGESTIONS.map((s) => (
                <li key={s}>
                  <button type="button" className={styles.chip} onClick={() => void send(s)}>
                    {s}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {messages.map((m) => (
            <div
              key={m.key}
              className={`${styles.message} ${styles[m.role]}`}
              data-role={m.role}
              data-streaming={m.streaming || undefined}
            >
              <span className="visually-hidden">{m.role === "user" ? "You said:" : "Assistant:"}</span>
              {m.role === "assistant" && m.streaming && m.text === "" ? (
                <p className={`${styles.bubble} ${styles.typing}`} data-part="bubble" data-typing>
                  <span className="visually-hidden">Assistant is typing</span>
                  <span className={styles.dot} aria-hidden="true" />
                  <span className={styles.dot} aria-hidden="true" />
                  <span className={styles.dot} aria-hidden="true" />
                </p>
              ) : (
                <p className={styles.bubble} data-part="bubble">
                  {m.text}
                </p>
              )}
              {m.role === "assistant" && m.turn !== null && conversationId && (
                <FeedbackControl
                  conversationId={conversationId}
                  turn={m.turn}
                  initial={initial?.id === conversationId ? (initial.feedback[String(m.turn)] ?? null) : null}
                />
              )}
            </div>
          ))}
        </div>

        {error && (
          <p className={styles.error} role="alert">
            {error}
          </p>
        )}

        <form className={styles.composer} onSubmit={onSubmit}>
          <label htmlFor="chat-input" className="visually-hidden">
            Your message
          </label>
          <textarea
            id="chat-input"
            ref={inputRef}
            rows={1}
            maxLength={MAX_CHARS}
            placeholder="Type your message…"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={onKeyDown}
            aria-describedby="composer-hint"
            autoComplete="off"
          />
          <button
            type="submit"
            className={`button button-primary ${styles.send}`}
            disabled={pending || draft.trim() === ""}
          >
            Send
          </button>
          <p id="composer-hint" className={styles.composerHint}>
            Enter to send · Shift+Enter for a new line
            {draft.length > MAX_CHARS - 500 && (
              <span>
                {" "}
                · {draft.length.toLocaleString("en-US")} / {MAX_CHARS.toLocaleString("en-US")}
              </span>
            )}
          </p>
        </form>
      </section>

      {debug && (
        <details className={styles.debug} data-part="debug">
          <summary>Debug</summary>
          <p>
            Conversation <code>{conversationId ?? "—"}</code> · machine state{" "}
            <code data-testid="machine-state">{last?.state ?? "idle"}</code>
            {conversationId && (
              <>
                {" · "}
                <Link href={`/traces/${encodeURIComponent(conversationId)}`}>View trace</Link>
              </>
            )}
          </p>
        </details>
      )}
      {panel && last && <BookingPanel state={last.state} booking={last.booking} bookingIds={last.bookingIds} />}
    </div>
  );
}

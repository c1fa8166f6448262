"use client";

import { type FormEvent, useId, useState } from "react";
import { ApiError, type ChatFeedback } from "../../_lib/chat-dto";
import { ThumbIcon } from "../thumb-icon";
import styles from "./chat.module.css";

type Status =
  | { kind: "idle" }
  | { kind: "sending" }
  | { kind: "saved"; what: "rating" | "comment" }
  | { kind: "failed"; message: string };

/**
 * Thumbs up/down on one reply, saved the moment a thumb is clicked (a second click updates it); a comment can be added
 * afterwards. `initial` is the feedback already stored for the reply, so a reload shows it.
 */
export function FeedbackControl({
  conversationId,
  turn,
  initial,
}: {
  conversationId: string;
  turn: number;
  initial: ChatFeedback | null;
}) {
  const [saved, setSaved] = useState<ChatFeedback | null>(initial);
  const [comment, setComment] = useState(initial?.comment ?? "");
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const commentId = useId();

  async function save(next: ChatFeedback, what: "rating" | "comment") {
    setStatus({ kind: "sending" });
    try {
      const res = await fetch("/api/feedback", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ conversationId, turnIndex: turn, rating: next.rating, comment: next.comment ?? "" }),
      });
      if (res.ok) {
        setSaved(next);
        return setStatus({ kind: "saved", what });
      }
      const body = ApiError.safeParse(await res.json().catch(() => null));
      setStatus({
        kind: "failed",
        message: body.success ? body.data.error.message : `Could not save feedback (HTTP ${res.status}).`,
      });
    } catch {
      setStatus({ kind: "failed", message: "Could not reach the shop. Please try again." });
    }
  }

  function rate(rating: "up" | "down") {
    setOpen(true);
    void save({ rating, comment: saved?.comment ?? null }, "rating");
  }

  function sendComment(event: FormEvent) {
    event.preventDefault();
    if (saved) void save({ rating: saved.rating, comment: comment.trim() || null }, "comment");
  }

  const thumb = (direction: "up" | "down", label: string) => (
    <button
      type="button"
      className={styles.thumb}
      aria-pressed={saved?.rating === direction}
      aria-label={label}
      title={label}
      disabled={status.kind === "sending"}
      onClick={() => rate(direction)}
    >
      <ThumbIcon direction={direction} />
    </button>
  );

  return (
    <form className={styles.feedback} onSubmit={sendComment} aria-label={`Feedback on reply ${turn}`}>
      <div className={styles.feedbackThumbs}>
        {thumb("up", "Helpful")}
        {thumb("down", "Not helpful")}
        {status.kind === "saved" && (
          <p className={styles.feedbackThanks} role="status">
            {status.what === "rating" ? "Thanks for the feedback!" : "Comment saved."}
          </p>
        )}
        {!open && saved?.comment && <q className={styles.savedComment}>{saved.comment}</q>}
      </div>
      {open && saved && (
        <div className={styles.feedbackComment}>
          <label htmlFor={commentId}>Anything to add? (optional)</label>
          <div className={styles.feedbackRow}>
            <input
              id={commentId}
              type="text"
              maxLength={2000}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
            <button type="submit" className="button button-small" disabled={status.kind === "sending"}>
              Send comment
            </button>
          </div>
        </div>
      )}
      {status.kind === "failed" && (
        <p className="form-error" role="alert">
          {status.message}
        </p>
      )}
    </form>
  );
}

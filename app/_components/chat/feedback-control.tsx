"use client";

import { type FormEvent, useId, useState } from "react";
import { ApiError } from "../../_lib/chat-dto";
import { ThumbIcon } from "../thumb-icon";

type Status = { kind: "idle" } | { kind: "sending" } | { kind: "sent" } | { kind: "failed"; message: string };

/** Thumbs up/down with an optional comment on one reply; stored as user feedback on the trace. */
export function FeedbackControl({ conversationId, turn }: { conversationId: string; turn: number }) {
  const [rating, setRating] = useState<"up" | "down" | null>(null);
  const [comment, setComment] = useState("");
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const commentId = useId();

  if (status.kind === "sent")
    return (
      <p className="feedback-thanks" role="status">
        Thanks for the feedback!
      </p>
    );

  async function send(event: FormEvent) {
    event.preventDefault();
    if (!rating) return;
    setStatus({ kind: "sending" });
    try {
      const res = await fetch("/api/feedback", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ conversationId, turnIndex: turn, rating, comment }),
      });
      if (res.ok) return setStatus({ kind: "sent" });
      const body = ApiError.safeParse(await res.json().catch(() => null));
      setStatus({
        kind: "failed",
        message: body.success ? body.data.error.message : `Could not save feedback (HTTP ${res.status}).`,
      });
    } catch {
      setStatus({ kind: "failed", message: "Could not reach the shop. Please try again." });
    }
  }

  return (
    <form className="feedback" onSubmit={send} aria-label={`Feedback on reply ${turn}`}>
      <div className="feedback-thumbs">
        <button
          type="button"
          className="thumb"
          aria-pressed={rating === "up"}
          aria-label="Helpful"
          title="Helpful"
          onClick={() => setRating("up")}
        >
          <ThumbIcon direction="up" />
        </button>
        <button
          type="button"
          className="thumb"
          aria-pressed={rating === "down"}
          aria-label="Not helpful"
          title="Not helpful"
          onClick={() => setRating("down")}
        >
          <ThumbIcon direction="down" />
        </button>
      </div>
      {rating && (
        <div className="feedback-comment">
          <label htmlFor={commentId}>Anything to add? (optional)</label>
          <div className="feedback-row">
            <input
              id={commentId}
              type="text"
              maxLength={2000}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
            <button type="submit" className="button button-small" disabled={status.kind === "sending"}>
              Send feedback
            </button>
          </div>
          {status.kind === "failed" && (
            <p className="form-error" role="alert">
              {status.message}
            </p>
          )}
        </div>
      )}
    </form>
  );
}

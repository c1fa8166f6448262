/** A thumbs-up (or, turned over, thumbs-down) icon drawn inline, so it renders the same without emoji fonts. */
export function ThumbIcon({ direction }: { direction: "up" | "down" }) {
  return (
    <svg
      className="thumb-icon"
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
      style={direction === "down" ? { transform: "rotate(180deg)" } : undefined}
    >
      <path
        fill="currentColor"
        d="M2 10h4v11H2zM8 21V10.4l4.6-6.9a1.6 1.6 0 0 1 2.9 1.2L14.6 9H20a2 2 0 0 1 2 2.3l-1.4 8A2 2 0 0 1 18.6 21z"
      />
    </svg>
  );
}

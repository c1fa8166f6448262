import { type Handbook, handbook } from "../../knowledge-base/index";
import { assistantTurns, bookingTurn } from "../claims/index";
import type { CheckResult, Transcript } from "../schema";

/**
 * over_eager (conversation level): a booking stated as made before the customer gave a name and a phone or e-mail,
 * or without a confirmation step (the customer's yes to a confirmation question, their own "book me in", or one
 * complete request with the slot and a contact). Moving a booking the customer already holds needs only the yes.
 * Reads the wording, so it works on foreign transcripts; only the first such turn is reported.
 */
export function checkBookingConfirmation(t: Transcript, h: Handbook = handbook): CheckResult {
  for (const turn of assistantTurns(t)) {
    const { act, said, progress } = bookingTurn(turn, t.now, h);
    if (act !== "booked" || !said) continue;
    const got = progress();
    // Moving a booking the customer already holds needs their yes, not their details again.
    const missing = [
      !got.name && !got.existing && "the customer's name",
      !got.contact && !got.existing && "a phone number or e-mail",
      !got.confirmed && "the customer's confirmation",
    ].filter(Boolean);
    if (!missing.length) return { pass: true, failures: [] };
    return {
      pass: false,
      failures: [
        {
          mode: "over_eager",
          turn: turn.turn,
          evaluator: "check-booking-confirmation",
          reason: `confirms a booking without ${missing.join(", ")} — "${said}"`,
          factIds: [],
        },
      ],
    };
  }
  return { pass: true, failures: [] };
}

import { checkNotOffered } from "./check-not-offered";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// A bike the customer buys from another seller ("somewhere else", "privately", "from a friend") is no bike the shop
// sells; the shop offering bikes itself still is.
describeCheckTable(checkNotOffered, { evaluator: "check-not-offered", mode: "over_eager" }, [
  ok(
    "selling kids bikes?",
    "We don't sell bikes. If you pick up a used bike elsewhere, we can do a free safety inspection on it.",
  ),
  ok(
    "bike for my son",
    "No bike sales here, sorry! Should you buy a second-hand bike privately, bring it by for a free check.",
  ),
  ok(
    "used bikes?",
    "We only sell parts and accessories — but once you've bought a bike from a friend, we can tune it up.",
  ),
  bad("used bikes?", "Yes, we have a few used bikes for sale right now, from $250."),
] satisfies Row[]);

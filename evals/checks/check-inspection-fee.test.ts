import { checkInspectionFee } from "./check-inspection-fee";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

const rows: Row[] = [
  // A line under the inspection that names no service is still about it.
  bad(
    "safety check cost?",
    "Here is what to expect from our safety inspection:\n* 15 minutes, walk-in\n* A $12 fee unless you buy something",
  ),
  // A tune-up's list of what it includes ("safety check") does not make its price the inspection's.
  ok(
    "tune up?",
    "A tune-up covers:\n- Brake adjustment\n- Safety check\n\nThe price is $89 and it's ready in 2 business days.",
  ),
  ok("inspection?", "Nope, safety inspections are always free — for any bike, no purchase needed."),
  ok("prices", "Tune-up $89, flat repair $24, adjustments $20, safety inspection free."),
  ok("charge?", "No — safety inspections are free, always, with no purchase needed."),
  bad("how much is a safety check?", "A basic safety inspection is $25, and it's free if you book a tune-up with us."),
  bad("inspection", "Our safety inspection is free for bikes purchased from us; otherwise it's $20."),
  bad("inspection", "There's a small fee for the safety check."),
  bad("inspection?", "The safety check carries an $8 charge, nothing major."),
  bad("inspection?", "The safety inspection is complimentary if you book any repair with us."),
  bad("can you look it over?", "The safety check should be free when we're doing other work on the bike anyway."),
  // "free for bikes bought here" is a condition; "a flat $15" is a flat fee, not a flat repair.
  bad(
    "safety check on a bike from another shop?",
    "Inspections are free on bikes bought here; other bikes pay a flat $15.",
  ),
  // Prices for what the inspection finds are the repairs' prices, not the inspection's.
  ok(
    "safety check?",
    "The safety inspection is free. Should it spot a problem, we'll walk you through the costs before any work.",
  ),
  bad("safety check?", "The safety inspection costs $10 if it finds a problem, otherwise nothing."),
  // The cost of work the inspection finds is not a fee for the inspection.
  ok(
    "check my bike?",
    "The safety inspection is free. Should it spot anything worn, we'll quote the repair costs first.",
  ),
  // A sentence opening on a pronoun goes on about the inspection; the job it names is the condition, not the subject.
  bad(
    "can you look the bike over?",
    "Sure, our safety inspection takes about 15 minutes. It costs nothing if a brake pad replacement is done at the same time.",
  ),
  bad("check it over?", "We do a safety inspection, about 15 minutes. (By itself it's $12.)"),
  ok(
    "check it over?",
    "We do a safety inspection, about 15 minutes. It's free, and a tune-up is $89 if you want more.",
  ),
];

describeCheckTable(checkInspectionFee, { evaluator: "check-inspection-fee", mode: "policy_confusion" }, rows);

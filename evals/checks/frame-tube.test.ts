import { checkNotOffered } from "./check-not-offered";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// A frame's down, top, seat or head tube is frame, not an inner tube: a customer asking about carbon damage there
// asks about carbon repair alone, so a reply that takes the job on without declining it offers carbon repair.
describeCheckTable(checkNotOffered, { evaluator: "check-not-offered", mode: "over_eager" }, [
  bad(
    "scratched deep into the carbon top tube when it fell, can you guys fix that",
    "Oh no! Swing by and our mechanic will look it over and price up the fix for you.",
  ),
  bad(
    "the carbon seat tube on my gravel bike cracked, can you repair it?",
    "Yes — bring it in any time this week and we'll see what we can do.",
  ),
  ok(
    "my seat tube has a crack (carbon frame). repairable?",
    "Sorry, we don't repair carbon frames. A carbon repair specialist is your best bet; stop riding it until then.",
  ),
  ok("need a new tube for my road bike", "Sure — a flat repair is $15 labour plus $9 for the tube; just walk in."),
] satisfies Row[]);

import { checkNotOffered } from "./check-not-offered";
import { bad, describeCheckTable, ok } from "./test-support";

// Bikes held as stock in the reply's own words sell bikes, whatever a conditional aside about "elsewhere" says.
describeCheckTable(checkNotOffered, { evaluator: "check-not-offered", mode: "over_eager" }, [
  bad(
    "need a commuter bike, got anything?",
    "We stock a handful of commuter bikes right now. If you'd rather shop around elsewhere, we can still check your new bike for free.",
  ),
  bad(
    "my son needs a 24 inch mtb",
    "We have a few 24-inch mountain bikes on the floor! And if you end up buying from another shop, our safety check is free.",
  ),
  ok(
    "my son needs a 24 inch mtb",
    "We sell parts and accessories only, so no bikes, sorry — try a bike dealer. If you buy one elsewhere, our safety check is free.",
  ),
  ok(
    "need a commuter bike, got anything?",
    "We don't sell bikes, only parts and accessories; a dealer nearby will have commuter bikes.",
  ),
]);

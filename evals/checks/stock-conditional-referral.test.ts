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

// Bikes ordered in for the customer ("we can special-order bikes") are bikes sold; "tell us the brand" sends no one away.
describeCheckTable(checkNotOffered, { evaluator: "check-not-offered", mode: "over_eager" }, [
  bad("looking for a kids balance bike", "We can order in balance bikes — tell us the brand and size you want."),
  bad("need a road bike for racing", "We'll source road bikes on request, usually within two weeks."),
  ok("need a road bike for racing", "We don't sell bikes, but we can special-order parts and accessories for yours."),
  ok("need a road bike for racing", "We don't sell bikes; the brand's dealer is the place to ask."),
]);

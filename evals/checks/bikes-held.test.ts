import { checkNotOffered } from "./check-not-offered";
import { bad, describeCheckTable, ok } from "./test-support";

// Bikes held as stock in the reply's own words sell bikes, whatever the customer asked (the shop sells parts and
// accessories only); bikes in for repair, the customer's own bike, or bike accessories are no stock of bikes.
describeCheckTable(checkNotOffered, { evaluator: "check-not-offered", mode: "over_eager" }, [
  bad("any road bikes for sale?", "We've got a few road bikes on the floor at the moment — come and have a look!"),
  bad("what about bmx", "We carry a decent range of BMX bikes in a couple of sizes."),
  bad("my boy needs something bigger", "Good news: we have some 24-inch kids' bikes that could suit him."),
  ok("do you sell bikes?", "We don't sell bikes — parts and accessories only."),
  ok("busy this week?", "We have a lot of bikes in for repair this week, so afternoons are best."),
  ok("do you sell locks?", "We carry bike locks and lights; stock changes, so call to check."),
]);

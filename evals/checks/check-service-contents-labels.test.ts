import { checkServiceContents } from "./check-service-contents";
import { bad, describeCheckTable, ok } from "./test-support";

// A line under a label of its own ("Wheels — …", "Drivetrain: …") is about that label: the service another line named
// is not its subject, while a heading it sits under (or a service it names) still is.
describeCheckTable(checkServiceContents, { evaluator: "check-service-contents", mode: "bad_data" }, [
  ok(
    "what do you fix?",
    "Here's the mechanical side we cover:\n\n- Punctures — a flat fix is $15 plus $9 for the tube\n- Wheels — including truing at $30 a wheel",
  ),
  ok(
    "what can you do for my bike?",
    "Quite a lot:\n* Brakes: pad swaps at $25 a wheel\n* Tubes: flat repair $15 + $9\n* Drivetrain: including a chain clean when you book the tune-up",
  ),
  ok(
    "prices?",
    "The flat repair is $15 labour plus a $9 tube.\nBearings — covered by the full service ($179), hubs and headset included.",
  ),
  bad("tune-up details?", "**Tune-up ($89)** covers:\n- Gears — indexing\n- Bearings — including the hub bearings"),
  bad("what's in it?", "The tune-up is $89.\nExtras: it also includes a new chain."),
]);

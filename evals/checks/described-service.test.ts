import { checkInventedServices } from "./check-invented-services";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// "It's our most thorough service" describes the service just named; only a phrase that names a job of its own
// ("our bike valet service") presents a service the shop has.
describeCheckTable(checkInventedServices, { evaluator: "check-invented-services", mode: "over_eager" }, [
  ok(
    "what's the full service?",
    "The full service is $179 and takes 3–5 business days. That one is our most in-depth service.",
  ),
  ok("tune-up?", "A standard tune-up is $89, ready within 2 business days. It's our most popular service!"),
  bad("can you collect my bike?", "Yes, our bike valet service collects it from your door for $15."),
] satisfies Row[]);

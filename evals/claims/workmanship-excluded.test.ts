import { checkRefunds } from "../checks/check-refunds";
import { bad, describeCheckTable, ok } from "../checks/test-support";

// The free re-adjustment follows a tune-up and a full service (policy.workmanship): either said to be out of it fails.
describeCheckTable(checkRefunds, { evaluator: "check-refunds", mode: "policy_confusion" }, [
  bad(
    "gears skipping since my tune-up last week, is that free to sort?",
    "Sorry about that! The 30-day re-adjustment guarantee comes with our full service only — tune-ups aren't covered, so it'd be the $20 adjustment.",
  ),
  bad(
    "had a tune up with you 10 days ago, brakes squeal now",
    "Free re-adjustments are just for full services, I'm afraid. A brake adjustment is $20 as a walk-in.",
  ),
  bad(
    "does the tune-up come with any aftercare?",
    "Our workmanship guarantee covers the full overhaul, but not the standard tune-up.",
  ),
  bad(
    "do full services include free tweaks after?",
    "Free re-adjustment within 30 days is something we do for tune-ups, except the full service, which is final.",
  ),
  ok(
    "had a tune up with you 10 days ago, brakes squeal now",
    "Good news: tune-ups and full services both come with free re-adjustment for 30 days, so bring it in.",
  ),
  ok(
    "my tune-up was in march, shifting is off",
    "That was more than 30 days ago, so the tune-up is no longer covered by the free re-adjustment; a gear adjustment is $20.",
  ),
  ok(
    "you fixed my flat last week and it's soft again",
    "The free 30-day re-adjustment covers tune-ups and full services, not flat repairs — but we'll gladly look at it.",
  ),
  ok(
    "had a full service with you 2 weeks ago, gears slip",
    "You're covered: the free re-adjustment only applies within 30 days of a full service or tune-up, and you're well inside that.",
  ),
]);

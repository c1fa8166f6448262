import { checkServiceContents } from "./check-service-contents";
import { bad, describeCheckTable, ok } from "./test-support";

// A part fitted, named in more words than the service of the same name ("new brake pads"), is an item of a list.
describeCheckTable(checkServiceContents, { evaluator: "check-service-contents", mode: "bad_data" }, [
  bad("what's in a tune-up?", "The tune-up includes gear indexing, brake adjustment and new brake pads."),
  bad("full service contents?", "The full service covers:\n- bearing service\n- new brake pads"),
  ok("pads included?", "New brake pads are not included in the tune-up — that's $25 per wheel plus the pads."),
  ok("tune-up?", "The tune-up covers gear indexing and brake adjustment. New brake pads cost extra."),
]);

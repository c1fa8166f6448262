import { checkInspectionFee } from "./check-inspection-fee";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// A sentence opening on other work ("Other work, like brakes…", "Parts and labour for anything else") prices that work,
// not the safety inspection talked about before it; a pronoun still points back to the inspection.
describeCheckTable(checkInspectionFee, { evaluator: "check-inspection-fee", mode: "policy_confusion" }, [
  ok(
    "inspection?",
    "The safety inspection is free. Other work, like brakes or gears, is charged at the standard rates.",
  ),
  ok(
    "look at my bike?",
    "- Free safety inspection, about 15 minutes.\n- Mechanical repairs beyond that at our usual prices.",
  ),
  bad("inspection?", "The safety inspection is normally free. It costs $10 if you don't book a repair though."),
  bad("inspection?", "Safety inspection: walk in any time. There's a $15 charge for it."),
] satisfies Row[]);

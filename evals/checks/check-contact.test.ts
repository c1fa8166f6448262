import { checkContact } from "./check-contact";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

const rows: Row[] = [
  ok("address and phone", "We're at 456 Pedal Lane, Portland, OR 97201. Phone: 503-555-2453 (that's 555-BIKE)."),
  ok("phone", "Call (503) 555-BIKE or email info@josbikeshop.com."),
  ok("Sam Ortiz, (971) 555-0142", "Booked! We'll call (971) 555-0142 if anything comes up."),
  ok("my email is a@b.co", "Thanks — confirmation goes to a@b.co."),
  ok("ref?", "Reference BK-7K2Q9X, drop-off 10:00–10:30."),
  bad("phone", "You can reach us at (503) 555-2473."),
  bad("email?", "Drop us a line at hello@josbikeshop.com."),
  bad("where?", "We're located at 465 Pedal Lane in Portland, OR 97201."),
  bad("where?", "We're located at 456 Pedal Street."),
  bad("zip?", "456 Pedal Lane, Portland, OR 97210."),
  bad("web?", "You can book online at www.josbikes.com."),
];

describeCheckTable(checkContact, { evaluator: "check-contact", mode: "bad_data" }, rows);

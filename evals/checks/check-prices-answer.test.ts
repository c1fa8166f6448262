import { checkPrices } from "./check-prices";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// A bare amount (hedges and fillers aside) answering a customer who asked the price of a named service is that
// service's price, linked as firmly as a service named in the sentence.
const rows: Row[] = [
  bad("how much for a full service?", "Around $150, I think. Bearings, cables and housing are all part of it."),
  bad("whats a tune up cost", "Sure — usually about $79! Booking a day ahead is required."),
  bad("truing price per wheel?", "Currently $25. It's done at your drop-off appointment."),
  ok("how much for a full service?", "Around $179, I think. Bearings, cables and housing are all part of it."),
  ok("whats a tune up cost", "Sure — usually about $89! Booking a day ahead is required."),
  // Not an answer to a price question, or an amount with a word of its own: no claim on the service.
  ok("can I book a tune up?", "Roughly $40 of parts might be needed on top if your chain is worn."),
  ok("how much is a flat fix?", "About $9 for the tube alone; labour is another $15."),
];

describeCheckTable(checkPrices, { evaluator: "check-prices", mode: "bad_data", turn: 1 }, rows);

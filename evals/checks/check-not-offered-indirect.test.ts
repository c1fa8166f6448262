import { checkNotOffered } from "./check-not-offered";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

/** Offers made without naming the job with a modal: read off the tool, the permission, the errand, the acceptance. */
const rows: Row[] = [
  // Reading the bike's fault memory with a diagnostic tool is electrical diagnosis, free or not.
  bad("ebike shows an error, throttle dead", "Drop it by and we'll plug in our diagnostic tool to see what's logged."),
  bad("display flashing", "Happy to pull the fault history for you; it only takes a few minutes at the counter."),
  ok("display flashing", "We can't read fault codes here — your brand's dealer has the software for that."),
  // Ordering a whole bike in for the customer is selling one; ordering a part for their bike is not.
  bad("need a bike for my son", "We could special-order a 24-inch mountain bike in for you within a week."),
  bad("any gravel bikes?", "Nothing on the floor, but we can source a gravel bike for you from our distributor."),
  ok("my bike needs a chain", "We can order a chain in for your bike by Thursday; fitting is quick."),
  ok("need a light", "We can order in bike lights from our supplier if the one you want is out."),
  // A bike other customers may take from the shop is a rental by any name.
  bad("what do I ride while it's in?", "Members can borrow a courtesy bike for the day, subject to availability."),
  bad("anything to ride meanwhile?", "Folks on a full service get to use a spare bike while theirs is in."),
  ok("anything to ride meanwhile?", "We don't lend or rent bikes, so plan on 3–5 business days without it."),
  // The shop sending the job out itself and handling it takes the job on; sending the customer does not.
  bad("my carbon handlebar has a crack", "We'd ship it off to a frame repairer and arrange the logistics for you."),
  bad("fork is leaking oil", "Suspension isn't done in-house, but we'll send the fork out on your behalf."),
  ok("fork is leaking oil", "Suspension goes to a specialist — we'll give you the name of one nearby."),
  // A job accepted without a modal ("fine for us", "a job we take on"), even when named in a dash-set clause.
  bad("rear shock air can service?", "An air can service — new seals and fresh grease — is no problem for us."),
  bad("can you bleed my fork's damper?", "A damper bleed is something our workshop can do, about an hour."),
  ok("can you service my fork?", "A fork service isn't something we do; the fork maker's service centre can."),
];

describeCheckTable(checkNotOffered, { evaluator: "check-not-offered", mode: "over_eager" }, rows);

import { checkNotOffered } from "./check-not-offered";
import { bad, describeCheckTable, ok, type Row } from "./test-support";

// "The carbon fork has a crack. can u fix?": a question for work that names nothing asks about the damaged thing of
// the story around it, so a reply taking the job on offers it. A reply answering with a catalogue service may mean
// that service, and a story of a purchase ("bought a used bike. can you check it?") asks for no sale.
describeCheckTable(checkNotOffered, { evaluator: "check-not-offered", mode: "over_eager" }, [
  bad(
    "hit a pothole and now there's a crack in the carbon rim. could you look at it?",
    "Oh no! Pop in tomorrow and we'll take a look and get it sorted for you.",
  ),
  bad(
    "my suspension fork is leaking oil everywhere. can you sort it?",
    "Definitely — drop it off and our mechanic will handle it this week.",
  ),
  ok(
    "my suspension fork is leaking oil everywhere. can you sort it?",
    "Sorry, we don't service fork internals — the fork maker's service centre can. We're happy to check the rest of the bike.",
  ),
  ok(
    "bought a used bike online yesterday. can you check it over?",
    "Sure! Bring it in for a free safety inspection — about 15 minutes, no booking needed.",
  ),
] satisfies Row[]);

import { describe, expect, it } from "vitest";
import type { Topic } from "../schema";
import { refineTopics, type TopicSenses } from "./refine-topics";

const none: TopicSenses = {
  service: null,
  notOffered: [],
  unknownSubject: false,
  notTheShops: [],
  asksIfBookingNeeded: false,
  strangeWords: false,
  asksExistence: false,
};

describe("refineTopics", () => {
  it.each<[string, Topic[], Partial<TopicSenses>, Topic[]]>([
    ["a strange word in a price question: no price list", ["prices"], { strangeWords: true }, []],
    ["a strange word beside a specific topic stays", ["busy_times"], { strangeWords: true }, ["busy_times"]],
    ["'is there <strange thing>': no near template", ["busy_times"], { strangeWords: true, asksExistence: true }, []],
    ["a named service keeps its price", ["prices"], { strangeWords: true, service: "tune_up" }, ["prices"]],
    ["the customer's own phone is no contact question", ["contact", "hours"], { notTheShops: ["contact"] }, ["hours"]],
    ["a span gone by is no job's duration", ["duration"], { pastSpan: true }, []],
    ["a span gone by leaves other topics", ["duration", "hours"], { pastSpan: true }, ["hours"]],
    ["a subject the handbook lacks: no services list", ["services"], { unknownSubject: true }, []],
    [
      "'do I have to book?' about a named service is the walk-in question",
      ["booking_policy"],
      { service: "adjustment", asksIfBookingNeeded: true },
      ["walk_in"],
    ],
  ])("%s", (_, topics, senses, out) => expect(refineTopics(topics, { ...none, ...senses })).toEqual(out));
});

import type { Topic } from "../schema";
import type { UnderstandingModel } from "../understanding/understanding-model";
import { type Clause, supports } from "./classify-message";
import { FACT_WORDS } from "./fact-owner";

/** The most words a clause may have to be read by its fact word. */
const TERSE = 3;

/**
 * Topics a terse asking clause names by a shop-fact word ("cash ok?", "email?", "closing time sat?"), where the
 * classifier gives the topic some support but, on two or three words, not the threshold. Whose the thing is
 * ("my card got declined") is decided after, by `notTheShops`.
 */
export function factWordTopics(model: UnderstandingModel, asked: Clause[], found: Topic[]): Topic[] {
  const out = [...found];
  // Only a terse clause: in a longer one the classifier has words enough, and a fact word may be another sense
  // ("can you address squeaky brakes").
  for (const c of asked.filter((x) => x.text.split(/\s+/).length <= TERSE)) {
    const text = c.text.toLowerCase();
    for (const { topic, re } of FACT_WORDS) {
      if (out.includes(topic)) continue;
      if (new RegExp(re.source).test(text) && supports(model, c.text, topic)) out.push(topic);
    }
  }
  return out;
}

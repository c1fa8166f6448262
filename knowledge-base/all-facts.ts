import { formatClock } from "./format";
import { describeHolidayRule } from "./holidays";
import type { Fact, Handbook } from "./schema";
import { WEEKDAY_NAMES as DAY_NAMES } from "./weekdays";

/** Flattens the structured handbook into citable one-sentence facts, each under its stable id. */
export function allFacts(h: Handbook): Fact[] {
  const facts: Fact[] = [
    { id: "shop.name", section: "contact", text: `The shop is ${h.shop.name}.` },
    { id: "shop.address", section: "contact", text: `Address: ${h.shop.address}.` },
    { id: "shop.phone", section: "contact", text: `Phone: ${h.shop.phone}.` },
    { id: "shop.email", section: "contact", text: `Email: ${h.shop.email}.` },
    { id: "shop.timezone", section: "contact", text: `Times are Pacific time (${h.shop.timeZone}).` },
  ];
  for (const d of h.hours) {
    const text =
      d.open && d.close
        ? `${DAY_NAMES[d.day]}: open ${formatClock(d.open)} to ${formatClock(d.close)}.`
        : `${DAY_NAMES[d.day]}: closed.`;
    facts.push({ id: d.id, section: "hours", text });
  }
  for (const r of h.holidayRules)
    facts.push({ id: r.id, section: "hours", text: `Closed every year on ${r.name}, ${describeHolidayRule(r)}.` });
  facts.push({ id: h.busy.busiest.id, section: "busy", text: h.busy.busiest.text });
  facts.push({ id: h.busy.quietest.id, section: "busy", text: h.busy.quietest.text });
  for (const s of h.services) {
    const name = s.name[0]?.toUpperCase() + s.name.slice(1);
    facts.push({ id: `svc.${s.id}.price`, section: "services", text: `${name}: ${s.priceText}.` });
    facts.push({
      id: `svc.${s.id}.booking`,
      section: "services",
      text:
        s.booking === "required"
          ? `${name} must be booked at least a day ahead.`
          : `${name} is walk-in, no booking needed.`,
    });
    facts.push({ id: `svc.${s.id}.duration`, section: "services", text: `${name}: ${s.durationText}.` });
    if (s.includes.length > 0)
      facts.push({
        id: `svc.${s.id}.includes`,
        section: "services",
        text: `${name} includes ${s.includes.join(", ")}.`,
      });
  }
  for (const n of h.notOffered)
    facts.push({ id: n.id, section: "not_offered", text: `We do not offer ${n.name}; ${n.referral}.` });
  for (const p of h.policies) facts.push({ id: p.id, section: "policies", text: `${p.title}: ${p.text}` });
  return facts;
}

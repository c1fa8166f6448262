/** How customers and bots name each thing the shop does not do, keyed by the handbook's not-offered fact id. */
export const NOT_OFFERED_PATTERNS: { id: string; re: RegExp; context?: RegExp; unless?: RegExp }[] = [
  {
    id: "ebike.no_motor",
    re: /\b(?:(?:e-?bike|hub|mid-?drive|bosch|shimano|bafang|yamaha)\s+)?motors?\b|\b(?:pedal[- ]?|power[- ]|electric )assist\b|\b(?:the|my|your|e-?bike'?s?) assist\b(?! (?:you|with))/i,
  },
  { id: "ebike.no_battery", re: /\bbatter(?:y|ies)\b/i },
  {
    id: "ebike.no_firmware",
    re: /\b(?:firmware|software|(?:app|system|display|controller|e-?bike) updates?|(?:update|updating|flash|flashing|reprogram\w*) (?:the |your |its )?(?:firmware|software|display|controller|system|e-?bike))\b/i,
  },
  {
    id: "ebike.no_electrical",
    re: /\b(?:electrical|electronics?|electric (?:system|fault|issue|problem)s?|wiring|wires?|wired|(?<!chain |quick |cable )connectors?|controller|display|(?:error|fault|diagnostic) (?:codes?|logs?|messages?|reports?)|[a-z]\d{2,3} (?:code|error)|sensors?|charger|charging port|throttle|diagnostic (?:readers?|tools?|scanners?|software|computers?|laptops?|scans?|kit)|fault (?:details|data|history|memory)|(?:read|reading|pull|pulling|scan|scanning|clear|clearing) (?:the |its |your |any |those )?(?:fault |error )?codes?)\b/i,
  },
  {
    id: "notoffered.suspension",
    re: /\b(?:suspension|lower[- ]legs?(?: service)?|wiper seals?|stanchions?|(?:front |rear |air |coil )?(?:forks?|shocks?)(?!'?s? (?:headset|steerer|crown|alignment|straightness))(?:\s+(?:rebuild|service|servicing|overhaul|seals?|oil|lowers?|damper))?|dampers?)\b/i,
  },
  {
    id: "notoffered.carbon",
    re: /\bcarbon\b/i,
    context: /\b(?:repair|fix|crack|damage|patch|mend|wrap|break|broke|chip)/i,
  },
  {
    id: "notoffered.bike_sales",
    // "if you buy a second-hand bike somewhere else": the customer buying from another seller, not the shop selling.
    unless:
      /\b(?:somewhere else|elsewhere|from (?:another|a different|a private|a local|an? online)\b|at (?:another|a different)\b|privately|from (?:a )?(?:friend|neighbou?r|marketplace|craigslist|ebay))/i,
    re: /\b(?:(?:sell|selling|sale|sales|buy|buying|purchas\w*)\s+(?:\w+\s+){0,2}(?:e-?)?bikes?|(?:e-?)?bikes? for sale|(?:special[- ])?(?:order|source)\s+(?:in\s+)?(?:(?!(?:my|your|his|her|their|our)\b)[\w'’-]+\s+){0,3}(?:e-?)?bikes?\b(?!['’])(?=\s+(?:in\b|for (?:you|her|him|them)\b|from\b|through\b|via\b))|(?:special[- ])?order\s+in\s+(?:(?!(?:my|your|his|her|their|our)\b)[\w'’-]+\s+){0,3}(?:e-?)?bikes?\b(?!['’]|\s+(?:parts?|lights?|locks?|racks?|bags?|pumps?|tires?|tyres?|tubes?|chains?|saddles?|accessor\w+))|(?<!\b(?:my|our|his|her|their|this|that|bought an?|got an?|purchased an?|picked up an?|have an?|own an?|inherited an?)\s+)(?:new|used|second-?hand|refurbished|pre-?owned)\s+(?:\w+\s+)?(?:(?:e-?)?bikes?|commuters?|hybrids?|cruisers?|roadies|models)|bike sales|(?:e-?)?bikes? in stock|(?:ones|models|a few|some) for sale|(?:hybrid|road|mountain|commuter|gravel|kids'?|city|cargo|e-?bike) (?:models|bikes in stock)|(?:used|second-?hand|pre-?owned|refurbished) trade-?ins?|trade-?ins? (?:for sale|available|in stock|on the floor)|test rides?|our (?:bike )?(?:selection|inventory|lineup|range of bikes)|get (?:you )?fitted|consign\w*|(?:we(?:'ve| have)(?: got)?|there are) (?:(?:a couple of|a few|some|several|two|three|a handful of) )?(?:[\w'-]+ ){0,3}(?:e-?)?bikes\b(?=[^.;!?]{0,40}(?:\$\d|on hand|in the shop|in store|right now|available|to choose|in stock|on the floor|at the moment)))\b/i,
  },
  {
    id: "notoffered.rentals",
    re: /\b(?:rent(?:al|als|ing|s)?|hire (?:a )?bikes?|bike hire|loaners?(?: bikes?)?|loan (?:you )?a bike|(?:spare|courtesy|demo|replacement) bikes?|(?:borrow|use) (?:a|one of our|our) (?:spare )?bikes?|bikes? (?:\w+ )?(?:can|could|to) borrow)\b/i,
  },
];

/** The not-offered items a piece of text mentions. */
export function notOfferedIn(text: string): string[] {
  return NOT_OFFERED_PATTERNS.filter(
    (p) => p.re.test(text) && (!p.context || p.context.test(text)) && !p.unless?.test(text),
  ).map((p) => p.id);
}

/**
 * The small synonym table behind the inclusion items: each word a customer or a bot uses for a part of a job, mapped
 * to one concept ("bearings", "hubs" → their concept; "adjusted", "tweak" → adjust). The handbook's item texts are read
 * through it, so an item's words and its customers' words meet in the same concepts.
 */
export const ITEM_WORDS: Record<string, readonly string[]> = {
  gear: ["gear", "gears", "shifting", "shift", "shifts", "shifter", "shifters", "derailleur", "derailleurs"],
  index: ["index", "indexing", "indexed", "reindex", "reindexing"],
  brake: ["brake", "brakes", "braking"],
  adjust: [
    "adjust",
    "adjusts",
    "adjusted",
    "adjusting",
    "adjustment",
    "adjustments",
    "readjust",
    "tweak",
    "tweaks",
    "tweaked",
    "tweaking",
    "dial",
    "dialled",
    "dialed",
    "dialing",
    "dialling",
    // A squeal or squeak of the brakes is put right by adjusting them: the handbook's tune-up "normally handles
    // squeaky brakes" under its brake adjustment.
    "squeal",
    "squeals",
    "squealing",
    "squealy",
    "squeak",
    "squeaks",
    "squeaking",
    "squeaky",
  ],
  wheel: ["wheel", "wheels", "rim", "rims"],
  true: ["true", "straighten", "straightened", "straightening"],
  truing: ["truing", "trued", "retrue", "retrued", "retruing"],
  safety: ["safety"],
  check: ["check", "checks", "checked", "checking", "inspection", "inspect", "inspected", "checkover", "check over"],
  drivetrain: ["drivetrain", "drivetrains", "drive train", "drivechain"],
  chain: ["chain", "chains"],
  cassette: ["cassette", "cassettes", "chainring", "chainrings", "cogs", "sprockets"],
  clean: ["clean", "cleaned", "cleaning", "degrease", "degreased", "degreasing"],
  lube: ["lube", "lubed", "lubes", "lubing", "lubrication", "lubricate", "lubricated", "lubricating", "oil", "oiled"],
  bearing: ["bearing", "bearings", "regrease", "regreased", "repack", "repacked"],
  hub: ["hub", "hubs"],
  headset: ["headset", "headsets"],
  bottom_bracket: ["bottom bracket", "bottom brackets", "bb", "bbs"],
  cable: ["cable", "cables"],
  housing: ["housing", "housings", "outers"],
  new: ["new", "fresh", "replacement", "replacements", "replace", "replaced", "replacing", "swap", "swapped"],
  tube: ["tube", "tubes", "inner tube", "inner tubes"],
  pads: ["pad", "pads"],
  tyre: ["tyre", "tyres", "tire", "tires"],
  wash: ["wash", "washed", "washing"],
  suspension: ["suspension", "shock", "shocks", "rear shock", "fork service", "fork rebuild"],
  bleed: ["bleed", "bleeds", "bleeding", "bled"],
  tape: ["bar tape", "handlebar tape"],
};

/** Concepts that name their item on their own ("bearings", "truing"); the others need a partner ("brake" + "adjust"). */
export const ALONE: ReadonlySet<string> = new Set([
  "index",
  "truing",
  "bearing",
  "hub",
  "headset",
  "bottom_bracket",
  "drivetrain",
  "lube",
  "cable",
  "housing",
  "tube",
  "wash",
  "suspension",
  "bleed",
  "tape",
]);

/**
 * Concepts that also stand for another when they meet its partner: "adjust the gears" is gear indexing, "true the
 * wheel" is wheel truing, "clean the chain" is the drivetrain clean.
 */
export const ALSO: Readonly<Record<string, readonly string[]>> = {
  adjust: ["index"],
  true: ["truing"],
  chain: ["drivetrain"],
  cassette: ["drivetrain"],
};

/**
 * Jobs no service lists, which a bot may still claim one includes: a replaced chain, tyres or brake pads, a wash,
 * suspension work, a brake bleed, bar tape. Each is a set of concepts meeting within a few words.
 */
export const UNLISTED_ITEMS: readonly { id: string; text: string; concepts: readonly string[][] }[] = [
  { id: "new_chain", text: "a new chain", concepts: [["new", "chain"]] },
  { id: "new_cassette", text: "a new cassette", concepts: [["new", "cassette"]] },
  { id: "new_tyres", text: "new tyres", concepts: [["new", "tyre"]] },
  { id: "new_pads", text: "new brake pads", concepts: [["new", "pads"]] },
  { id: "wash", text: "a bike wash", concepts: [["wash"]] },
  { id: "suspension", text: "suspension servicing", concepts: [["suspension"]] },
  { id: "bleed", text: "a brake bleed", concepts: [["bleed"]] },
  { id: "bar_tape", text: "new bar tape", concepts: [["tape"]] },
];

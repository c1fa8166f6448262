/** Word lists the name recogniser reads: particles, words that are never names, titles kept before a name. */

/** Lower-case particles inside a surname ("Anneke de Vries", "Jan van der Berg", "Ana dos Santos"). */
export const PARTICLES = new Set(
  "de da di du del della der den van von la le dos das ten ter bin ibn al el zu y".split(" "),
);
/** Surnames that are also short English words in the list above. */
export const SHORT_SURNAMES = new Set(["an", "do", "to", "by", "me", "he", "be", "so"]);
/** First names that are also month words: a name only when a surname follows ("June Whitaker", "April Ng"). */
export const MONTH_NAMES = new Set(["april", "may", "june", "july", "august"]);
/** Weekdays that are also given names ("Sunday Adeyemi"). */
export const DAY_NAMES = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
/** Words that are never (part of) a name: yes/no, courtesy, dates, booking words. */
export const NOT_NAME = new Set(
  `yes yeah yep yup ya aye yea no nope nah ok okay sure fine good great perfect right correct sounds sound thanks thank cheers hi hello hey
  please sorry not just here looking wondering trying hoping going interested planning calling asking thinking curious still also
  back new free available ready after the a an and or my your our booking appointment name bike bikes tune tune-up service flat
  repair brake brakes gear gears wheel cable today tomorrow tonight morning afternoon evening monday tuesday wednesday thursday
  friday saturday sunday january february march april june july august september october november december week weekend
  that this it is was be me i you we they he she them fixing done happy glad busy late early coming dropping booked confirm
  confirmed cancel right wrong exactly absolutely definitely alright all set agreed works work do does did can could on at in
  for to with by from via of never mind forget stop wait actually hmm cancel hold on off instead
  same thing things deal cool lovely brilliant awesome excellent go ahead problem worries mate true indeed totally course
  gotcha noted understood si sí ja oui vale claro under her his their him wife husband partner son daughter mum mom dad earliest latest soonest first last asap whenever anytime any either whichever call ring text phone mobile cell number email mail reach contact tel telephone hola guten tag bonjour hallo ciao salut namaste
  christmas xmas eve thanksgiving easter halloween year though tho officially legally formally properly anyway
  british english irish scottish welsh american canadian australian aussie kiwi european german french dutch spanish
  italian portuguese swiss austrian swedish danish norwegian finnish polish mexican brazilian japanese chinese korean
  indian local visiting moved moving living staying`.split(/\s+/),
);
/** Titles kept in front of a name as written ("Dr. Imani Wells", "Mrs Okafor"), never a name alone. */
export const TITLES = new Set(
  "dr mr mrs ms mx miss prof sir dame rev fr sr sra srta mme mlle herr frau dott".split(" "),
);

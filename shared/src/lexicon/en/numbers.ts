// Number words as news spells them, cardinal and ordinal.

export const CARDINALS = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000, dozen: 12, 'a couple of': 2, 'couple of': 2, 'a couple': 2,
} as const;

/** Quantities without a number: TimeML writes them as X ("several months" → PXM). */
export const VAGUE_QUANTITIES = ['several', 'few', 'a few', 'many', 'some', 'numerous', 'recent'] as const;

export const ORDINALS = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18,
  nineteenth: 19, twentieth: 20, 'twenty-first': 21, thirtieth: 30, last: -1,
} as const;

/** "third", "twenty-third", "thirty first": a day of the month told in words (transcripts spell them out); null when none. */
export function readDayOrdinal(text: string): number | null {
  const words = text.toLowerCase().split(/[\s-]+/);
  const tens = words.length === 1 ? 0 : words[0] === 'twenty' ? 20 : words[0] === 'thirty' ? 30 : null;
  const unit = (ORDINALS as Record<string, number>)[words.at(-1)!];
  if (tens === null || unit === undefined || unit < 1) return null;
  return tens + unit <= 31 ? tens + unit : null;
}

/** "twenty four", "twenty-four", "24", "a" → 24; null when it is not a number. */
export function readNumber(text: string): number | null {
  const lowered = text.toLowerCase().replace(/,/g, '').trim();
  // Most amounts read are one number word ("two", "a"), which none of the patterns below can match.
  const word = (CARDINALS as Record<string, number>)[lowered];
  if (word !== undefined) return word;
  // "2 1/2", "six and a half", "half an": halves are the only fractions news writes in periods.
  const half = /(?:\s*1\/2|½|[\s-]+and[\s-]+(?:a[\s-]+)?half)$/.exec(lowered);
  if (half) {
    const whole = readNumber(lowered.slice(0, half.index));
    return whole === null ? null : whole + 0.5;
  }
  if (/^(?:a\s+)?half(?:\s+an?)?$/.test(lowered)) return 0.5;
  // "a quarter century", "a quarter-hour": a quarter only ever counts a century or an hour.
  if (/^(?:(?:an?|one)\s+)?quarter$/.test(lowered)) return 0.25;
  const clean = lowered;
  if (/^\d+(?:\.\d+)?$/.test(clean)) return Number(clean);
  const whole = (CARDINALS as Record<string, number>)[clean.replace(/\s+/g, ' ')];
  if (whole !== undefined) return whole;
  // "twenty-four", "two hundred fifty", "one thousand two hundred": a tens word may take a unit word after it, nothing else may
  // ("two four-year terms" is two terms of four years, not six).
  let thousands = 0;
  let group = 0;
  let sinceHundred = 0;
  for (const part of clean.split(/[\s-]+/)) {
    const value = (CARDINALS as Record<string, number>)[part];
    if (value === undefined) return null;
    if (value === 1000) {
      thousands += Math.max(1, group) * 1000;
      group = sinceHundred = 0;
    } else if (value === 100) {
      group = Math.max(1, group) * 100;
      sinceHundred = 0;
    } else {
      if (sinceHundred !== 0 && !(sinceHundred >= 20 && sinceHundred % 10 === 0 && value < 10)) return null;
      group += value;
      sinceHundred += value;
    }
  }
  return thousands + group || null;
}

/**
 * Words before an amount of time that TimeML keeps inside the expression, as its MOD ("nearly forty
 * years", "more than four hours", "at least 30 days", "almost two years ago"). "about", "over" and
 * "within" are not here: the TimeBank and AQUAINT gold leaves them outside ("over [the past year]",
 * "within [a week]", "about [three days]"), but for "over a week" (widenOverModifiers).
 */
export const QUANTITY_MODIFIERS = [
  'nearly', 'almost', 'more than', 'less than', 'no more than', 'no less than', 'at least', 'at most', 'up to',
] as const;

/**
 * Nouns after a number that make it a count, a price or a measure, not a year: "1998 people", "1500 rupees",
 * "the Dow fell 2012 points".
 */
export const COUNTED_NOUNS = [
  'people', 'troops', 'soldiers', 'members', 'workers', 'employees', 'cases', 'deaths', 'jobs', 'votes', 'seats', 'points',
  'units', 'shares', 'barrels', 'tons', 'tonnes', 'times', 'feet', 'meters', 'metres', 'miles', 'km', 'kilometres',
  'kilometers', 'acres', 'dollars', 'euros', 'pounds', 'yen', 'yuan', 'rupees', 'roubles', 'rubles', 'pesos', 'francs',
  'stores', 'shops', 'homes', 'houses', 'cars', 'vehicles', 'students', 'patients', 'children', 'residents', 'refugees', 'migrants',
  'prisoners', 'protesters', 'passengers', 'customers', 'visitors', 'beds',
  // "the 1600 block of Main Street": an American address.
  'block',
] as const;

/** Words before a number that make it the number of a name, not a year: "Resolution 2094", "Route 1990", "No. 1995". */
export const NUMBERED_NAME_WORDS = [
  'resolution', 'section', 'route', 'highway', 'interstate', 'flight', 'article', 'chapter', 'rule', 'room', 'suite', 'gate', 'exit', 'platform', 'no.',
  // Plans and products named by a year: "Saudi Arabia's Vision 2030", "Agenda 2063", "Horizon 2020", "Windows 2000".
  'vision', 'agenda', 'horizon', 'windows',
  // Stock indexes named by a number: "the Russell 2000", "the Wilshire 5000".
  'russell', 'wilshire',
] as const;

/** The last words of a street's name: "1600 Pennsylvania Avenue" is an address, not the year 1600. */
export const STREET_WORDS = ['Avenue', 'Street', 'Road', 'Boulevard', 'Lane', 'Drive', 'Place', 'Way', 'Court', 'Terrace', 'St.', 'Ave.', 'Rd.', 'Blvd.'] as const;

/** Car makers, after which a year is a model's ("Kopp's 1987 Chevrolet Cavalier"), not when anything happened. */
export const VEHICLE_MAKERS = [
  'Chevrolet', 'Chevy', 'Ford', 'Toyota', 'Honda', 'Nissan', 'Buick', 'Cadillac', 'Dodge', 'Chrysler', 'Pontiac', 'Oldsmobile', 'Jeep',
  'Volkswagen', 'VW', 'BMW', 'Mercedes', 'Mercedes-Benz', 'Audi', 'Porsche', 'Volvo', 'Mazda', 'Subaru', 'Hyundai', 'Kia', 'Plymouth',
] as const;

/** Words before a number that keep it a year, even before a street's name: "In 1998 Oxford Street was closed". */
export const TIME_PREPOSITIONS_BEFORE_A_YEAR = ['in', 'since', 'by', 'until', 'till', 'from', 'during', 'before', 'after', 'through', 'of', 'to', 'circa'] as const;

/**
 * Words before a number from 1000 to 1499 that make it a year ("the first pope to resign since 1415", "in 1066"): news writes
 * such amounts with a comma ("1,415"), but not "of", "to" or "by", which also count ("a total of 1200", "rose to 1450").
 */
export const PREPOSITIONS_BEFORE_AN_EARLY_YEAR = ['in', 'since', 'from', 'until', 'till', 'before', 'after', 'circa'] as const;

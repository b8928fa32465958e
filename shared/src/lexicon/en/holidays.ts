// Holidays news dates events by, and how each falls in a year: a fixed day, the nth weekday of a
// month (-1: the last; counted from day `from`), a number of days from Easter Sunday, or a day of another
// calendar; and days of history named by their date ("9/11"), which fall once.

/** Calendars of holidays that Intl carries: the Islamic (Umm al-Qura, as Saudi Arabia and most news date the Eids), the Chinese, the Hebrew. */
export type OtherCalendar = 'islamic-umalqura' | 'chinese' | 'hebrew';

/** A day of another calendar: its month as Intl writes it ("10" of the Islamic year, "1" of the Chinese, "Tishri" of the Hebrew), and its day. */
export interface OtherCalendarDay {
  calendar: OtherCalendar;
  month: string;
  day: number;
}

export type HolidayRule =
  | { fixed: { month: number; day: number } }
  | { once: { year: number; month: number; day: number } }
  | { nth: number; weekday: number; month: number; from?: number }
  | { easter: number }
  // Days counted from the Orthodox Easter Sunday (the Julian computus), as Belarus, Russia and Ukraine keep it.
  | { orthodoxEaster: number }
  // A day of the Islamic, Chinese or Hebrew calendar: "Eid al-Fitr" is 1 Shawwal, the tenth month.
  | { otherCalendar: OtherCalendarDay }
  // A holiday whose day a law moved: `rule` from the year `since`, `before` until then.
  | { since: number; rule: HolidayRule; before: HolidayRule };

// The Uniform Monday Holiday Act moved these to Mondays from 1971 ("dedicated on Memorial Day 1962" was May 30); Veterans Day went
// back to 11 November in 1978.
const MEMORIAL_DAY: HolidayRule = { since: 1971, rule: { nth: -1, weekday: 1, month: 5 }, before: { fixed: { month: 5, day: 30 } } };
const WASHINGTONS_BIRTHDAY: HolidayRule = { since: 1971, rule: { nth: 3, weekday: 1, month: 2 }, before: { fixed: { month: 2, day: 22 } } };
const COLUMBUS_DAY: HolidayRule = { since: 1971, rule: { nth: 2, weekday: 1, month: 10 }, before: { fixed: { month: 10, day: 12 } } };
const VETERANS_DAY: HolidayRule = {
  since: 1978, rule: { fixed: { month: 11, day: 11 } },
  before: { since: 1971, rule: { nth: 4, weekday: 1, month: 10 }, before: { fixed: { month: 11, day: 11 } } },
};

export const HOLIDAYS = {
  "new year's day": { fixed: { month: 1, day: 1 } },
  // The Western churches' Epiphany, Twelfth Night its eve.
  epiphany: { fixed: { month: 1, day: 6 } },
  'twelfth night': { fixed: { month: 1, day: 5 } },
  // "between Christmas and New Year": capitalised, the day (lower case, "the new year" is the year to come).
  'new year': { fixed: { month: 1, day: 1 } },
  "new year's eve": { fixed: { month: 12, day: 31 } },
  "valentine's day": { fixed: { month: 2, day: 14 } },
  'groundhog day': { fixed: { month: 2, day: 2 } },
  "april fools' day": { fixed: { month: 4, day: 1 } },
  "april fool's day": { fixed: { month: 4, day: 1 } },
  'earth day': { fixed: { month: 4, day: 22 } },
  "st. george's day": { fixed: { month: 4, day: 23 } },
  'cinco de mayo': { fixed: { month: 5, day: 5 } },
  've day': { fixed: { month: 5, day: 8 } },
  'flag day': { fixed: { month: 6, day: 14 } },
  juneteenth: { fixed: { month: 6, day: 19 } },
  "st. patrick's day": { fixed: { month: 3, day: 17 } },
  "st patrick's day": { fixed: { month: 3, day: 17 } },
  "saint patrick's day": { fixed: { month: 3, day: 17 } },
  'independence day': { fixed: { month: 7, day: 4 } },
  'july fourth': { fixed: { month: 7, day: 4 } },
  'fourth of july': { fixed: { month: 7, day: 4 } },
  'bastille day': { fixed: { month: 7, day: 14 } },
  // The national days of Canada and Australia, and Australia's and New Zealand's day of remembrance.
  'canada day': { fixed: { month: 7, day: 1 } },
  'australia day': { fixed: { month: 1, day: 26 } },
  'anzac day': { fixed: { month: 4, day: 25 } },
  // Canada's holiday for the Queen's birthday: the Monday before 25 May, the first from the 18th.
  'victoria day': { nth: 1, weekday: 1, month: 5, from: 18 },
  halloween: { fixed: { month: 10, day: 31 } },
  'veterans day': VETERANS_DAY,
  'armistice day': { fixed: { month: 11, day: 11 } },
  'remembrance day': { fixed: { month: 11, day: 11 } },
  // The Sunday nearest Armistice Day: the second Sunday of November (ISO weekday 7).
  'remembrance sunday': { nth: 2, weekday: 7, month: 11 },
  'guy fawkes night': { fixed: { month: 11, day: 5 } },
  'bonfire night': { fixed: { month: 11, day: 5 } },
  'christmas eve': { fixed: { month: 12, day: 24 } },
  'christmas day': { fixed: { month: 12, day: 25 } },
  christmas: { fixed: { month: 12, day: 25 } },
  'boxing day': { fixed: { month: 12, day: 26 } },
  // 25 December of the Julian calendar, which falls on 7 January from 1901 to 2099; its eve on 6 January.
  'orthodox christmas': { fixed: { month: 1, day: 7 } },
  'orthodox christmas day': { fixed: { month: 1, day: 7 } },
  'orthodox christmas eve': { fixed: { month: 1, day: 6 } },
  // The end of the Second World War in Europe as Russia, Belarus and the former Soviet states mark it (VE Day in the West is 8 May).
  'victory day': { fixed: { month: 5, day: 9 } },
  // Russia's and Belarus's army day, 23 February.
  'defender of the fatherland day': { fixed: { month: 2, day: 23 } },
  'martin luther king day': { nth: 3, weekday: 1, month: 1 },
  'martin luther king jr. day': { nth: 3, weekday: 1, month: 1 },
  'martin luther king, jr. day': { nth: 3, weekday: 1, month: 1 },
  'mlk day': { nth: 3, weekday: 1, month: 1 },
  "presidents' day": WASHINGTONS_BIRTHDAY,
  'presidents day': WASHINGTONS_BIRTHDAY,
  "president's day": WASHINGTONS_BIRTHDAY,
  'memorial day': MEMORIAL_DAY,
  // The American days of mothers and fathers: the second Sunday of May, the third of June (Britain's Mothering Sunday is Lent's).
  "mother's day": { nth: 2, weekday: 7, month: 5 },
  "mothers' day": { nth: 2, weekday: 7, month: 5 },
  "father's day": { nth: 3, weekday: 7, month: 6 },
  "fathers' day": { nth: 3, weekday: 7, month: 6 },
  // Massachusetts and Maine's day of the Boston Marathon: the third Monday of April.
  "patriots' day": { nth: 3, weekday: 1, month: 4 },
  "patriot's day": { nth: 3, weekday: 1, month: 4 },
  'labor day': { nth: 1, weekday: 1, month: 9 },
  'columbus day': COLUMBUS_DAY,
  'thanksgiving day': { nth: 4, weekday: 4, month: 11 },
  thanksgiving: { nth: 4, weekday: 4, month: 11 },
  // The Friday after Thanksgiving (the fourth Thursday falls on the 22nd to the 28th), and the Monday after it.
  'black friday': { nth: 1, weekday: 5, month: 11, from: 23 },
  'cyber monday': { nth: 1, weekday: 1, month: 11, from: 26 },
  'may day': { fixed: { month: 5, day: 1 } },
  // US general elections: the Tuesday after the first Monday of November, the first Tuesday from the 2nd.
  'election day': { nth: 1, weekday: 2, month: 11, from: 2 },
  'shrove tuesday': { easter: -47 },
  // Shrove Tuesday as New Orleans and Rio keep it, and as Britain eats it.
  'mardi gras': { easter: -47 },
  'fat tuesday': { easter: -47 },
  'pancake day': { easter: -47 },
  'ash wednesday': { easter: -46 },
  'palm sunday': { easter: -7 },
  'maundy thursday': { easter: -3 },
  'good friday': { easter: -2 },
  'holy saturday': { easter: -1 },
  // Holy Saturday as Australia and New Zealand name their public holiday.
  'easter saturday': { easter: -1 },
  'easter sunday': { easter: 0 },
  easter: { easter: 0 },
  'easter monday': { easter: 1 },
  'mothering sunday': { easter: -21 },
  'ascension day': { easter: 39 },
  pentecost: { easter: 49 },
  'whit sunday': { easter: 49 },
  'whit monday': { easter: 50 },
  'orthodox easter': { orthodoxEaster: 0 },
  'orthodox easter sunday': { orthodoxEaster: 0 },
  'orthodox good friday': { orthodoxEaster: -2 },
  // Belarus's day of remembrance of the dead, a public holiday: the Tuesday nine days after the Orthodox Easter.
  radunitsa: { orthodoxEaster: 9 },
  // Holidays of other calendars, by their first day (a festival of several, as Hanukkah, is dated by it).
  'chinese new year': { otherCalendar: { calendar: 'chinese', month: '1', day: 1 } },
  'lunar new year': { otherCalendar: { calendar: 'chinese', month: '1', day: 1 } },
  'eid al-fitr': { otherCalendar: { calendar: 'islamic-umalqura', month: '10', day: 1 } },
  'eid ul-fitr': { otherCalendar: { calendar: 'islamic-umalqura', month: '10', day: 1 } },
  'eid al-adha': { otherCalendar: { calendar: 'islamic-umalqura', month: '12', day: 10 } },
  'eid ul-adha': { otherCalendar: { calendar: 'islamic-umalqura', month: '12', day: 10 } },
  'rosh hashanah': { otherCalendar: { calendar: 'hebrew', month: 'Tishri', day: 1 } },
  'yom kippur': { otherCalendar: { calendar: 'hebrew', month: 'Tishri', day: 10 } },
  hanukkah: { otherCalendar: { calendar: 'hebrew', month: 'Kislev', day: 25 } },
  passover: { otherCalendar: { calendar: 'hebrew', month: 'Nisan', day: 15 } },
  '9/11': { once: { year: 2001, month: 9, day: 11 } },
  '7/7': { once: { year: 2005, month: 7, day: 7 } },
} as const satisfies Record<string, HolidayRule>;

export type Holiday = keyof typeof HOLIDAYS;

/**
 * Nouns after a month and day that make it a day of history ("the Sept. 11 attacks", "the 7 July bombings", "the Jan. 6
 * committee", "the Oct. 7 massacre"): its year is that of the day named so. Not "hearing": "the Jan. 6 hearing" may be any year's.
 */
export const HISTORIC_DAY_NOUNS = [
  'attacks', 'attack', 'bombings', 'terrorist attacks', 'terror attacks', 'riot', 'insurrection', 'rioters', 'committee',
  'commission', 'massacre',
] as const;

/** Days of history that news names by their date alone, having no name of their own ("9/11" is among HOLIDAYS). */
export const HISTORIC_DATES = [
  // The storming of the US Capitol: "the Jan. 6 attack", "the Jan. 6 committee".
  { year: 2021, month: 1, day: 6 },
  // Hamas's attack on Israel: "the Oct. 7 attacks", "the October 7 massacre".
  { year: 2023, month: 10, day: 7 },
] as const;

/**
 * Independence days of other countries than the United States, whose "Independence Day" alone is 4 July: "Ukraine's
 * Independence Day", "Belarusian Independence Day", "Independence Day of Ukraine". By the country's name or adjective.
 */
export const INDEPENDENCE_DAYS: Readonly<Record<string, { month: number; day: number }>> = {
  ukraine: { month: 8, day: 24 }, ukrainian: { month: 8, day: 24 },
  belarus: { month: 7, day: 3 }, belarusian: { month: 7, day: 3 },
  moldova: { month: 8, day: 27 }, moldovan: { month: 8, day: 27 },
  kazakhstan: { month: 12, day: 16 }, uzbekistan: { month: 9, day: 1 }, kyrgyzstan: { month: 8, day: 31 },
  tajikistan: { month: 9, day: 9 }, turkmenistan: { month: 9, day: 27 },
  georgia: { month: 5, day: 26 }, georgian: { month: 5, day: 26 }, armenia: { month: 9, day: 21 }, armenian: { month: 9, day: 21 },
  estonia: { month: 2, day: 24 }, estonian: { month: 2, day: 24 }, finland: { month: 12, day: 6 }, finnish: { month: 12, day: 6 },
  poland: { month: 11, day: 11 }, polish: { month: 11, day: 11 },
  india: { month: 8, day: 15 }, indian: { month: 8, day: 15 }, pakistan: { month: 8, day: 14 }, pakistani: { month: 8, day: 14 },
  indonesia: { month: 8, day: 17 }, indonesian: { month: 8, day: 17 }, philippines: { month: 6, day: 12 }, philippine: { month: 6, day: 12 },
  mexico: { month: 9, day: 16 }, mexican: { month: 9, day: 16 }, brazil: { month: 9, day: 7 }, brazilian: { month: 9, day: 7 },
  argentina: { month: 7, day: 9 }, nigeria: { month: 10, day: 1 }, nigerian: { month: 10, day: 1 }, ghana: { month: 3, day: 6 },
  algeria: { month: 7, day: 5 }, algerian: { month: 7, day: 5 },
  // Capitals as wire copy names their governments: "Minsk celebrated Independence Day", "Kyiv marked Independence Day".
  minsk: { month: 7, day: 3 }, kyiv: { month: 8, day: 24 }, kiev: { month: 8, day: 24 }, chisinau: { month: 8, day: 27 },
  astana: { month: 12, day: 16 }, tashkent: { month: 9, day: 1 }, bishkek: { month: 8, day: 31 }, tbilisi: { month: 5, day: 26 },
  yerevan: { month: 9, day: 21 }, tallinn: { month: 2, day: 24 }, helsinki: { month: 12, day: 6 }, warsaw: { month: 11, day: 11 },
};

/**
 * Events of history named by their month, which is the month of their year: "the October Revolution" (1917-10, whose
 * anniversary Belarus still keeps on 7 November), "the February Revolution", "the August coup" of 1991 in Moscow.
 */
export const HISTORIC_MONTHS = [
  { month: 2, noun: 'revolution', year: 1917 },
  { month: 10, noun: 'revolution', year: 1917 },
  { month: 8, noun: 'coup', year: 1991 },
  { month: 8, noun: 'putsch', year: 1991 },
] as const;

/** Calendars whose new year is not 1 January: "Chinese New Year", "the Jewish New Year" are other days. */
/**
 * Nouns after a holiday that make it an event's name, the event lasting days or weeks around the holiday: "the Christmas Offensive",
 * "the Easter Rising", "the Christmas bombings". The holiday then tells only the event's month.
 */
/** Things named by a holiday, which name no day of it: "the Christmas tree", "a Christmas market", "the Queen's Christmas message". */
export const THINGS_NAMED_BY_A_HOLIDAY = [
  'tree', 'trees', 'market', 'markets', 'message', 'card', 'cards', 'carol', 'carols', 'decorations', 'lights', 'ornament', 'ornaments',
  'stocking', 'stockings', 'jumper', 'jumpers', 'sweater', 'sweaters', 'pudding', 'cactus', 'wreath', 'wreaths',
] as const;

/**
 * Capitalised, names of what a holiday holds or of its people: "the Macy's Thanksgiving Day Parade", "beaded suits for Mardi Gras
 * Indians" (in lower case, a parade is the day's: "the St. Patrick's Day parade").
 */
export const NAMES_AFTER_A_HOLIDAY = ['Parade', 'Indians'] as const;

export const EVENTS_NAMED_BY_A_HOLIDAY = ['offensive', 'offensives', 'campaign', 'uprising', 'rising', 'truce', 'bombing', 'bombings', 'blitz'] as const;

export const OTHER_NEW_YEARS = ['chinese', 'lunar', 'jewish', 'islamic', 'persian', 'iranian', 'hindu', 'tamil', 'thai', 'vietnamese', 'tibetan', 'orthodox', 'julian'] as const;

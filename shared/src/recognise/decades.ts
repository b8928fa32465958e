// "the 1990s", "the 470s BC", "the '90s", "the mid-1980s", "the 20th century", "the nineteenth century", "the 4th century BC", "the nineties"
import { ORDINALS } from '../lexicon/en/numbers';
import { ANNO_DOMINI, B, BEFORE_CHRIST, E, ORDINAL_WORD, compile, lower } from './patterns';
import type { PartialValue, Recogniser } from './partialValue';
import { withStandInsOf } from '../text/oneByteText';

const CENTURY_NUMBER = '[1-9]|1\\d|2[01]';
const CENTURY_ORDINAL = `(?:(?:${CENTURY_NUMBER})(?:st|nd|rd|th)|${ORDINAL_WORD})`;
/** "and", "or", "to" or a dash between coordinated centuries, with a "the" the second may take. */
const COORDINATED = '\\s*(?:and|or|to|through|[-–])\\s*(?:the\\s+)?';

const DECADE_WORDS = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 } as const;

const NAME_AFTER = withStandInsOf(/^\s+(?:["“]|``|\p{Lu})/u);
// ("in their seventies and eighties": or an age after one, coordinated.)
const AGE_BEFORE = /(?<![\p{L}])(?:his|her|their|my|your|our|its)\s+(?:(?:early|mid|late)[\s-]+)?(?:(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\s+(?:and|or|to)\s+(?:(?:early|mid|late)[\s-]+)?)?$/iu;

export const decades: Recogniser[] = [
  {
    name: 'decade',
    // "the 470s BC": a decade before Christ, written as its years are ("BC047").
    pattern: compile(`${B}(?:the\\s+)?(?:(?<full>1[5-9]\\d0|20[0-9]0)'?s|(?<bc>[1-9]\\d{0,2}0)s\\s*${BEFORE_CHRIST}|['’](?<short>\\d0)s|(?<word>${Object.keys(DECADE_WORDS).join('|')}))${E}`),
    read: ({ groups: g, index, 0: all }, text) => {
      // "her first album since 2010's “Northern Line”", "1990's World Cup": a year's, with no "the", before a name.
      if (g!.full && !/^the\s/i.test(all) && /'s$/.test(all) && NAME_AFTER.test(text.slice(index + all.length, index + all.length + 4))) return null;
      // "the 1800s", "the early 1900s": a century, as writers use them (the 2000s are mostly the decade).
      if (g!.full?.endsWith('00') && g!.full < '2000') return { kind: 'century', century: Number(g!.full.slice(0, 2)) };
      if (g!.full) return { kind: 'decade', decade: Number(g!.full.slice(0, 3)) };
      if (g!.bc) return { kind: 'decade', decade: Number(g!.bc) / 10, beforeChrist: true };
      // "in his late seventies", "a woman in her eighties", "their thirties": an age, not a decade.
      if (g!.word && AGE_BEFORE.test(text.slice(Math.max(0, index - 48), index))) return null;
      if (g!.short) return { kind: 'decade', decade: 190 + Number(g!.short[0]) };
      return { kind: 'decade', decade: 190 + DECADE_WORDS[g!.word!.toLowerCase() as keyof typeof DECADE_WORDS] };
    },
  },
  {
    name: 'century',
    // A century spelt out is asked for only after "the": ordinals like "first" and "fifth" open too many words to try it at each.
    // "the 12th and 13th centuries", "the 5th to 4th centuries BC": the first of coordinated centuries is one too, of the era told after the second.
    pattern: compile(`${B}(?:(?:the\\s+)?(?<n>${CENTURY_NUMBER})(?:st|nd|rd|th)|the\\s+(?<word>${ORDINAL_WORD}))(?:[\\s-]+century(?:\\s+(?:(?<bc>${BEFORE_CHRIST})|${ANNO_DOMINI}))?|(?=${COORDINATED}${CENTURY_ORDINAL}[\\s-]+centuries(?:\\s+(?<bcAfter>${BEFORE_CHRIST}))?${E}))${E}`),
    read: ({ groups: g }) => centuryOf(g!.n, g!.word, g!.bc ?? g!.bcAfter),
  },
  {
    // "13th centuries" in "the 12th and 13th centuries"
    name: 'coordinatedCentury',
    pattern: compile(`(?<=${B}${CENTURY_ORDINAL}${COORDINATED})(?:(?<n>${CENTURY_NUMBER})(?:st|nd|rd|th)|(?<word>${ORDINAL_WORD}))[\\s-]+centuries(?:\\s+(?:(?<bc>${BEFORE_CHRIST})|${ANNO_DOMINI}))?${E}`),
    read: ({ groups: g }) => centuryOf(g!.n, g!.word, g!.bc),
  },
];

function centuryOf(number: string | undefined, word: string | undefined, beforeChrist: string | undefined): PartialValue {
  const ordinal = number ? Number(number) : (ORDINALS as Record<string, number>)[lower(word)]!;
  return { kind: 'century', century: ordinal - 1, ...(beforeChrist ? { beforeChrist: true as const } : {}) };
}

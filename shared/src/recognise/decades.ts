// "the 1990s", "the 470s BC", "the '90s", "the mid-1980s", "the 20th century", "the nineteenth century", "the 4th century BC", "the nineties"
import { ORDINALS } from '../lexicon/en/numbers';
import { ANNO_DOMINI, B, BEFORE_CHRIST, E, ORDINAL_WORD, compile, lower } from './patterns';
import type { Recogniser } from './partialValue';

const DECADE_WORDS = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 } as const;

const AGE_BEFORE = /(?<![\p{L}])(?:his|her|their|my|your|our|its)\s+(?:(?:early|mid|late)[\s-]+)?$/iu;

export const decades: Recogniser[] = [
  {
    name: 'decade',
    // "the 470s BC": a decade before Christ, written as its years are ("BC047").
    pattern: compile(`${B}(?:the\\s+)?(?:(?<full>1[5-9]\\d0|20[0-9]0)'?s|(?<bc>[1-9]\\d{0,2}0)s\\s*${BEFORE_CHRIST}|['’](?<short>\\d0)s|(?<word>${Object.keys(DECADE_WORDS).join('|')}))${E}`),
    read: ({ groups: g, index }, text) => {
      // "the 1800s", "the early 1900s": a century, as writers use them (the 2000s are mostly the decade).
      if (g!.full?.endsWith('00') && g!.full < '2000') return { kind: 'century', century: Number(g!.full.slice(0, 2)) };
      if (g!.full) return { kind: 'decade', decade: Number(g!.full.slice(0, 3)) };
      if (g!.bc) return { kind: 'decade', decade: Number(g!.bc) / 10, beforeChrist: true };
      // "in his late seventies", "a woman in her eighties", "their thirties": an age, not a decade.
      if (g!.word && AGE_BEFORE.test(text.slice(Math.max(0, index - 24), index))) return null;
      if (g!.short) return { kind: 'decade', decade: 190 + Number(g!.short[0]) };
      return { kind: 'decade', decade: 190 + DECADE_WORDS[g!.word!.toLowerCase() as keyof typeof DECADE_WORDS] };
    },
  },
  {
    name: 'century',
    // A century spelt out is asked for only after "the": ordinals like "first" and "fifth" open too many words to try it at each.
    pattern: compile(`${B}(?:(?:the\\s+)?(?<n>[1-9]|1\\d|2[01])(?:st|nd|rd|th)|the\\s+(?<word>${ORDINAL_WORD}))[\\s-]+century(?:\\s+(?:(?<bc>${BEFORE_CHRIST})|${ANNO_DOMINI}))?${E}`),
    read: ({ groups: g }) => {
      const ordinal = g!.n ? Number(g!.n) : (ORDINALS as Record<string, number>)[lower(g!.word)]!;
      return { kind: 'century', century: ordinal - 1, ...(g!.bc ? { beforeChrist: true as const } : {}) };
    },
  },
];

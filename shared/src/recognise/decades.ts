// "the 1990s", "the '90s", "the mid-1980s", "the 20th century", "the nineties"
import { B, E, compile } from './patterns';
import type { Recogniser } from './partialValue';

const DECADE_WORDS = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 } as const;

export const decades: Recogniser[] = [
  {
    name: 'decade',
    pattern: compile(`${B}(?:the\\s+)?(?:(?<full>1[5-9]\\d0|20[0-9]0)'?s|['’](?<short>\\d0)s|(?<word>${Object.keys(DECADE_WORDS).join('|')}))${E}`),
    read: ({ groups: g }) => {
      if (g!.full) return { kind: 'decade', decade: Number(g!.full.slice(0, 3)) };
      if (g!.short) return { kind: 'decade', decade: 190 + Number(g!.short[0]) };
      return { kind: 'decade', decade: 190 + DECADE_WORDS[g!.word!.toLowerCase() as keyof typeof DECADE_WORDS] };
    },
  },
  {
    name: 'century',
    pattern: compile(`${B}(?:the\\s+)?(?<n>1\\d|20|21)(?:st|nd|rd|th)[\\s-]+century${E}`),
    read: ({ groups: g }) => ({ kind: 'century', century: Number(g!.n) - 1 }),
  },
];

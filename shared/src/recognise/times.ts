// "10:30 a.m.", "3 p.m.", "noon", "midnight", "14:30", with an optional day: "3 p.m. Friday", "noon today"
import { B, E, compile, lower } from './patterns';
import type { Recogniser } from './partialValue';

const MERIDIEM = '(?<ampm>a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)';
const ZONE = '(?:\\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|local\\s+time))?';

export const times: Recogniser[] = [
  {
    name: 'clockTime',
    pattern: compile(`${B}(?<h>[01]?\\d|2[0-3])(?::(?<m>[0-5]\\d))?\\s*${MERIDIEM}(?=[^\\p{L}\\p{N}]|$)${ZONE}|${B}(?<h24>[01]?\\d|2[0-3]):(?<m24>[0-5]\\d)${E}(?![.:]\\d)${ZONE}`),
    read: ({ groups: g }) => {
      if (g!.h24) return { kind: 'time', hour: Number(g!.h24), minute: Number(g!.m24) };
      let hour = Number(g!.h);
      if (hour < 1 || hour > 12) return null;
      const pm = lower(g!.ampm).startsWith('p');
      if (pm && hour < 12) hour += 12;
      if (!pm && hour === 12) hour = 0;
      return { kind: 'time', hour, minute: Number(g!.m ?? 0) };
    },
  },
  {
    name: 'noon',
    pattern: compile(`${B}(?<w>noon|midnight)${E}`),
    read: ({ groups: g, index }, text) => {
      // "High Noon" is a film, and "high noon" a figure of speech.
      if (/high\s+$/i.test(text.slice(Math.max(0, index - 6), index))) return null;
      return { kind: 'time', hour: lower(g!.w) === 'noon' ? 12 : 0, minute: 0 };
    },
  },
];

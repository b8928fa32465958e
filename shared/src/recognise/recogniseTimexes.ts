// Runs every recogniser over the text (each pattern is a single linear scan), then keeps the
// longest non-overlapping finds, and widens dates over the modifiers TimeML puts inside them.
import type { Recognition } from './partialValue';
import { RECOGNISERS } from './recognisers';

// "late 2019", "mid-August", "early next year", "the end of 1998", "the beginning of the month"
const MODIFIER_BEFORE = /(?:(?<![\p{L}\p{N}])(?:early|late|mid|the\s+(?:end|beginning|start|middle|turn|close)\s+of|(?:the\s+)?(?:end|beginning|start|middle)\s+of)[\s-]*)$/iu;

export function recogniseTimexes(text: string): Recognition[] {
  const found: (Recognition & { order: number })[] = [];
  RECOGNISERS.forEach((recogniser, order) => {
    const pattern = new RegExp(recogniser.pattern.source, recogniser.pattern.flags);
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0].length === 0) { pattern.lastIndex++; continue; }
      const partial = recogniser.read(match, text);
      if (partial) found.push({ start: match.index, end: match.index + match[0].length, partial, order });
    }
  });
  found.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  const kept: Recognition[] = [];
  for (const candidate of found) {
    const last = kept[kept.length - 1];
    if (last && candidate.start < last.end) {
      // A longer find that starts inside the kept one replaces it only if it ends much further.
      if (candidate.end - candidate.start > last.end - last.start && candidate.start === last.start) kept[kept.length - 1] = candidate;
      continue;
    }
    kept.push({ start: candidate.start, end: candidate.end, partial: candidate.partial });
  }
  return joinTimesToDays(text, kept).map((r, _, all) => widenOverModifier(text, r, all));
}

// "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST Nov. 9": a clock time and the day after it are one time.
function joinTimesToDays(text: string, recognitions: Recognition[]): Recognition[] {
  const joined: Recognition[] = [];
  for (let i = 0; i < recognitions.length; i++) {
    const current = recognitions[i]!;
    const next = recognitions[i + 1];
    const dayLike = next && (next.partial.kind === 'weekday' || next.partial.kind === 'dayShift' || (next.partial.kind === 'calendar' && next.partial.day !== undefined));
    if (current.partial.kind === 'time' && next && dayLike && /^,?\s+(?:on\s+)?$/.test(text.slice(current.end, next.start))) {
      joined.push({ start: current.start, end: next.end, partial: { ...current.partial, day: next.partial } });
      i++;
      continue;
    }
    joined.push(current);
  }
  return joined;
}

function widenOverModifier(text: string, recognition: Recognition, all: Recognition[]): Recognition {
  const { kind } = recognition.partial;
  if (kind === 'fixed' || kind === 'time') return recognition;
  const before = text.slice(Math.max(0, recognition.start - 24), recognition.start);
  const modifier = MODIFIER_BEFORE.exec(before);
  if (!modifier) return recognition;
  const start = recognition.start - modifier[0].length;
  const previous = all[all.indexOf(recognition) - 1];
  return previous && previous.end > start ? recognition : { ...recognition, start };
}

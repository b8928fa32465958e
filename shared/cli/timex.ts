// npm run --silent timex -- IN.json
// Reads [{id, dct, text}] and prints [{id, timexes: [{start, end, type, value}]}] (UTF-16 offsets, end exclusive);
// says on stderr which documents have a dct that is not a date.
import { readDocuments, tagDocuments, unreadableDcts } from './evalCorpus';
import { runCli } from './runCli';

runCli('timex', (args) => {
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) return { error: 'usage: npm run --silent timex -- IN.json' };
  const documents = readDocuments(files[0]!);
  if (typeof documents === 'string') return { error: documents };
  return { output: JSON.stringify(tagDocuments(documents)), warnings: unreadableDcts(documents) };
});

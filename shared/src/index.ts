// The public API of the parser. The browser worker, the CLI and the tests all come through here.
export type * from './types';
export { readArticle, type ReadResult } from './article/readArticle';
export { prepareTagger, tagTexts, tagTimexes } from './tagTimexes';
export { extractEvents } from './events/extractEvents';
export { parseArticle, type ParseResult } from './parseArticle';

// What an imported events file must look like: our export, or the parser's own output (one
// article, or a list of them). Checked with zod, so a bad file is named, not half-loaded.
import { z } from 'zod';

const isoPeriod = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date like 2021, 2021-07 or 2021-07-15');

const offset = z.number().int().nonnegative();

export const eventSchema = z.object({
  id: z.string().min(1),
  start: isoPeriod,
  end: isoPeriod.optional(),
  open: z.boolean().optional(),
  quote: z.string(),
  quoteStart: offset,
  quoteEnd: offset,
  dateText: z.string(),
  dateStart: offset,
  dateEnd: offset,
  title: z.string(),
  actors: z.array(z.string()),
});

const patchSchema = z.object({
  start: isoPeriod.optional(),
  end: isoPeriod.nullable().optional(),
  open: z.boolean().optional(),
  title: z.string().optional(),
  actors: z.array(z.string()).optional(),
});

export const editsSchema = z.object({
  changed: z.record(z.string(), patchSchema),
  deleted: z.array(z.string()),
  added: z.array(eventSchema),
});

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2021-07-15');

const unplacedDates = z.array(z.string({ error: 'must be a date as written in the article, like "Tuesday"' }), {
  error: 'must be a list of dates as written in the article, like ["Tuesday", "last month"]',
});

/** The parser's output for one article (the CLI's JSON). */
export const parsedArticleSchema = z.object({
  title: z.string().optional(),
  source: z.string().optional(),
  publicationDate: day.optional(),
  text: z.string().min(1, 'is empty'),
  events: z.array(eventSchema),
  // Optional: files exported before it was kept, and articles with a publication date, have none.
  unplacedDates: unplacedDates.optional(),
});

export const eventsFileSchema = z.object({
  format: z.literal('dateline.events'),
  version: z.literal(1),
  exportedAt: z.string().optional(),
  articles: z.array(
    parsedArticleSchema.extend({
      title: z.string(),
      fileName: z.string().optional(),
      addedAt: z.string().optional(),
      hidden: z.boolean().optional(),
      edits: editsSchema.optional(),
    }),
  ),
  unmerged: z.array(z.string()).optional(),
});

export type EventsFileInput = z.infer<typeof eventsFileSchema>;
export type ParsedArticleInput = z.infer<typeof parsedArticleSchema>;

import { describe, expect, it } from 'vitest';
import { eventTitle } from './eventTitle';

const title = (sentence: string, dateText: string, sharedSentence = false) => {
  const dateStart = sentence.indexOf(dateText);
  return eventTitle({ sentence, dateStart, dateEnd: dateStart + dateText.length, sharedSentence });
};

describe('eventTitle', () => {
  it('drops the opening date phrase and the trailing full stop', () => {
    expect(title('In July 2021, President Lukashenko stated that he would act.', 'July 2021')).toBe('President Lukashenko stated that he would act');
  });

  it('drops the dateline before the lead sentence', () => {
    expect(title('MINSK, Nov 18 - PrimePress. Putin has called for a dialogue.', 'Nov 18')).toBe('Putin has called for a dialogue');
  });

  it('drops a wire service’s dateline before the lead sentence', () => {
    expect(title('VILNIUS, Aug 3 (Reuters) - Lithuania said on Tuesday it would close two crossings.', 'Tuesday')).toBe('Lithuania said on Tuesday it would close two crossings');
    expect(title('KYIV, Ukraine (AP) — Officials said on Friday that talks had failed.', 'Friday')).toBe('Officials said on Friday that talks had failed');
  });

  it('gives the dateline’s own date the lead sentence, when the lead has dates of its own', () => {
    const sentence = 'VILNIUS, Aug 3 (Reuters) - Lithuania said on Tuesday it would close two crossings from next week.';
    expect(eventTitle({ sentence, dateStart: 9, dateEnd: 14, sharedSentence: true })).toBe('Lithuania said on Tuesday it would close two crossings from next week');
  });

  it('keeps a capitalised sentence with a bracket that is no dateline', () => {
    expect(title('NATO (the alliance) met on Friday.', 'Friday')).toBe('NATO (the alliance) met on Friday');
  });

  it('drops short lead-ins and relative clauses', () => {
    expect(title('As previously reported, the crisis began after the election of 9 August 2020, in which Lukashenko won.', '9 August 2020')).toBe('The crisis began after the election of 9 August 2020');
  });

  it('takes the clause of its own date in a sentence with several dated events', () => {
    const sentence = 'On 15 November, Merkel and Lukashenko held their first telephone conversation, the second phone talk followed on 17 November.';
    expect(title(sentence, '15 November', true)).toBe('Merkel and Lukashenko held their first telephone conversation');
    expect(title(sentence, '17 November', true)).toBe('The second phone talk followed on 17 November');
  });

  it('shortens long sentences at a word boundary with an ellipsis', () => {
    const long = `On 1 May 2020 ${'the committee discussed the matter again '.repeat(8)}`;
    const result = title(long, '1 May 2020');
    expect(result.length).toBeLessThanOrEqual(120);
    expect(result.endsWith('…')).toBe(true);
    expect(result.startsWith('The committee discussed')).toBe(true);
  });
});

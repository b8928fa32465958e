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

  it('keeps a name with its apposition, which is no lead-in', () => {
    expect(title('Theresa May, the home secretary, will visit the region on Monday.', 'Monday')).toBe('Theresa May, the home secretary, will visit the region on Monday');
  });

  it('takes the clause of its own date in a sentence with several dated events', () => {
    const sentence = 'On 15 November, Merkel and Lukashenko held their first telephone conversation, the second phone talk followed on 17 November.';
    expect(title(sentence, '15 November', true)).toBe('Merkel and Lukashenko held their first telephone conversation');
    expect(title(sentence, '17 November', true)).toBe('The second phone talk followed on 17 November');
  });

  it('gives a clause that opens with its verb the subject of the sentence', () => {
    const sentence = 'Her husband, Siarhei Tsikhanouski, has been in prison since May 2020, and was sentenced in December 2021 to 18 years.';
    expect(title(sentence, 'May 2020', true)).toBe('Her husband has been in prison since May 2020');
    expect(title(sentence, 'December 2021', true)).toBe('Her husband was sentenced in December 2021 to 18 years');
    expect(title('Kalesnikava, 39, was detained in September 2020.', 'September 2020')).toBe('Kalesnikava was detained in September 2020');
  });

  it('finds the subject after a scene or a connective, and drops a leading "and"', () => {
    const sentence = 'However, the ministry said on Tuesday that it would respond, and announced new sanctions on Wednesday.';
    expect(title(sentence, 'Wednesday', true)).toBe('The ministry announced new sanctions on Wednesday');
    const scene = 'In Minsk, police detained 30 people on Sunday, and on Monday the courts fined 12 of them.';
    expect(title(scene, 'Monday', true)).toBe('The courts fined 12 of them');
  });

  it('cuts one of two verbs joined by "and" from the other, but not two names', () => {
    const sentence = 'The opposition leader, who fled to Lithuania, met Macron on 12 July and will visit Berlin next week.';
    expect(title(sentence, '12 July', true)).toBe('The opposition leader met Macron on 12 July');
    expect(title(sentence, 'next week', true)).toBe('The opposition leader will visit Berlin next week');
    expect(title('Merkel and Lukashenko spoke on 15 November and on 17 November.', '17 November', true)).toBe('Merkel and Lukashenko spoke on 15 November and on 17 November');
  });

  it('takes a relative clause with the date for the news, and drops one without it', () => {
    expect(title('Lukashenko, who has ruled since 1994, has denied rigging the vote.', '1994')).toBe('Lukashenko has ruled since 1994');
    const aside = "The European Union, which does not recognise Lukashenko's re-election, condemned the verdict on Monday.";
    expect(title(aside, 'Monday')).toBe('The European Union condemned the verdict on Monday');
  });

  it('takes the clause after "and" or "but" that holds the only date', () => {
    const sentence = 'Her co-defendant, lawyer Maxim Znak, was jailed for 10 years, and his lawyers said on Tuesday they would appeal.';
    expect(title(sentence, 'Tuesday')).toBe('His lawyers said on Tuesday they would appeal');
    expect(title('Lukashenko denied the claims, and said on Monday that the West was to blame.', 'Monday')).toBe('Lukashenko said on Monday that the West was to blame');
  });

  it('does not end a clause or a lead-in at the comma inside a date', () => {
    const sentence = 'As of February 1, 2022, the centre counted 1,004 political prisoners, up from 100 in 2020.';
    expect(title(sentence, 'February 1, 2022', true)).toBe('The centre counted 1,004 political prisoners');
    expect(title('As of February 1, 2022, the centre counted 1,004 political prisoners.', 'February 1, 2022')).toBe('The centre counted 1,004 political prisoners');
  });

  it('tells a "which" clause with the date together with the clause it stands for', () => {
    const sentence = 'Earlier this month, Lukashenko said Belarus had received Iskander missiles, which were handed over in 2022.';
    expect(title(sentence, '2022', true)).toBe('Lukashenko said Belarus had received Iskander missiles, which were handed over in 2022');
  });

  it('drops the date that heads an item of a chronology', () => {
    expect(title('9 August 2020: Presidential election.', '9 August 2020')).toBe('Presidential election');
    expect(title('Aug. 10 – Police use rubber bullets in Minsk.', 'Aug. 10')).toBe('Police use rubber bullets in Minsk');
  });

  it('takes the subject a clause left behind from the noun next to it, not from a quote or the main clause', () => {
    const quoted = '"We will appeal," said his lawyer, Lyudmila Kazak, who was herself detained for several days in August 2020.';
    expect(title(quoted, 'August 2020')).toBe('Lyudmila Kazak was herself detained for several days in August 2020');
    const reported = 'The ministry confirmed on Monday that a protester, Alexander Taraikovsky, had died near the metro on Sunday night.';
    expect(title(reported, 'Sunday night', true)).toBe('A protester had died near the metro on Sunday night');
  });

  it('does not take a lower-case list item for a lead-in', () => {
    expect(title('Last Thursday, diplomats from Germany, Lithuania and Poland tried to enter the courtroom.', 'Last Thursday')).toBe(
      'Diplomats from Germany, Lithuania and Poland tried to enter the courtroom',
    );
  });

  it('leaves out an interview’s "Q:" and "A:"', () => {
    expect(title('A: I said in January that we would not leave.', 'January')).toBe('I said in January that we would not leave');
  });

  it('shortens long sentences at a word boundary with an ellipsis', () => {
    const long = `On 1 May 2020 ${'the committee discussed the matter again '.repeat(8)}`;
    const result = title(long, '1 May 2020');
    expect(result.length).toBeLessThanOrEqual(120);
    expect(result.endsWith('…')).toBe(true);
    expect(result.startsWith('The committee discussed')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { findQuestions, parseQuestionId } from './question';

describe('questions', () => {
  it.each([['Q3/17', 'Q3/17'], ['Q 3/16', 'Q3/16'], ['Q10/20', 'Q10/20'], ['Q03/17', 'Q3/17']])('%s → %s', (input, id) => {
    expect(parseQuestionId(input)?.id).toBe(id);
  });
  it.each(['Q3', 'Q/17', 'Q3/', '3/17', 'q3/17', 'Q123/17'])('%s is not a Question', (input) => {
    expect(parseQuestionId(input)).toBeNull();
  });
  it('expands lists', () => {
    const refs = findQuestions('Q 3/16 and 5/16, Q7/16');
    expect(refs.map((r) => [r.id, r.text])).toEqual([['Q3/16', 'Q 3/16'], ['Q5/16', '5/16'], ['Q7/16', 'Q7/16']]);
    expect(refs[1]).toMatchObject({ question: 5, studyGroup: 16 });
  });
  it('ignores look-alikes', () => {
    expect(findQuestions('FAQ3/17, Q3/17/1, IQ 5/6, Q3/2025, Q4/24, Q0/17, Q3/0')).toEqual([]);
  });
});

describe('Question words', () => {
  it('reads "Question 3/17" and "Questions 3/17 and 5/17"', () => {
    expect(findQuestions('Question 3/17; Questions 3/17 and 5/17').map((r) => [r.id, r.text])).toEqual([
      ['Q3/17', 'Question 3/17'], ['Q3/17', 'Questions 3/17'], ['Q5/17', '5/17'],
    ]);
  });
});

describe('lists that share one group', () => {
  it('give one Question per number, each spanning its own number', () => {
    const text = 'Qs 4, 5, 9 and 17/12; Questions 2, 3 & 25/16; Q2 and Q12/16';
    expect(findQuestions(text).map((r) => [r.id, r.text, text.indexOf(r.text, r.start) === r.start])).toEqual([
      ['Q4/12', 'Qs 4', true], ['Q5/12', '5', true], ['Q9/12', '9', true], ['Q17/12', '17/12', true],
      ['Q2/16', 'Questions 2', true], ['Q3/16', '3', true], ['Q25/16', '25/16', true],
      ['Q2/16', 'Q2', true], ['Q12/16', 'Q12/16', true],
    ]);
  });
  it('take each number to the next group written (Q3, 4/17 and 5/16)', () => {
    expect(findQuestions('Q3, 4/17 and 5/16').map((r) => r.id)).toEqual(['Q3/17', 'Q4/17', 'Q5/16']);
  });
  it('drop numbers no group follows, and lists whose group is not a study group', () => {
    expect(findQuestions('Q3 and Q5 met; Q1 2026; Qs 1, 2 and 3/24; Q3/17, 5 and 7')).toMatchObject([{ id: 'Q3/17', text: 'Q3/17' }]);
  });
  it('read Q.3/13 as a Question', () => {
    expect(findQuestions('under Q.3/13 and Q. 4/13')).toMatchObject([{ id: 'Q3/13', text: 'Q.3/13' }, { id: 'Q4/13', text: 'Q. 4/13' }]);
  });
  it("skip another sector's Questions", () => {
    expect(findQuestions('ITU-D Q2/1, ITU-R Questions 1/6 and 2/6, ITU-D SG2 Q6/2; ITU-T Q6/2').map((r) => r.text)).toEqual(['Q6/2']);
  });
});

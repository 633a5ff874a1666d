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

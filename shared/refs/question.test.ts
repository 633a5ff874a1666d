import { describe, expect, it } from 'vitest';
import { findQuestions, parseQuestionId } from './question';

describe('questions', () => {
  it.each([
    ['Q3/17', 'Q3/17'],
    ['Q 3/16', 'Q3/16'],
    ['Q10/20', 'Q10/20'],
    ['Q03/17', 'Q3/17'],
  ])('%s → %s', (input, id) => {
    expect(parseQuestionId(input)?.id).toBe(id);
  });
  it.each(['Q3', 'Q/17', 'Q3/', '3/17', 'q3/17', 'Q123/17'])('%s is not a Question', (input) => {
    expect(parseQuestionId(input)).toBeNull();
  });
  it('expands lists', () => {
    const refs = findQuestions('Q 3/16 and 5/16, Q7/16');
    expect(refs.map((r) => [r.id, r.text])).toEqual([
      ['Q3/16', 'Q 3/16'],
      ['Q5/16', '5/16'],
      ['Q7/16', 'Q7/16'],
    ]);
    expect(refs[1]).toMatchObject({ question: 5, studyGroup: 16 });
  });
  it('ignores look-alikes', () => {
    expect(findQuestions('FAQ3/17, Q3/17/1, IQ 5/6, Q3/2025, Q4/24, Q0/17, Q3/0')).toEqual([]);
  });
});

describe('Question words', () => {
  it('reads "Question 3/17" and "Questions 3/17 and 5/17"', () => {
    expect(findQuestions('Question 3/17; Questions 3/17 and 5/17').map((r) => [r.id, r.text])).toEqual([
      ['Q3/17', 'Question 3/17'],
      ['Q3/17', 'Questions 3/17'],
      ['Q5/17', '5/17'],
    ]);
  });
});

describe('lists that share one group', () => {
  it('give one Question per number, each spanning its own number', () => {
    const text = 'Qs 4, 5, 9 and 17/12; Questions 2, 3 & 25/16; Q2 and Q12/16';
    expect(findQuestions(text).map((r) => [r.id, r.text, text.indexOf(r.text, r.start) === r.start])).toEqual([
      ['Q4/12', 'Qs 4', true],
      ['Q5/12', '5', true],
      ['Q9/12', '9', true],
      ['Q17/12', '17/12', true],
      ['Q2/16', 'Questions 2', true],
      ['Q3/16', '3', true],
      ['Q25/16', '25/16', true],
      ['Q2/16', 'Q2', true],
      ['Q12/16', 'Q12/16', true],
    ]);
  });
  it('take each number to the next group written (Q3, 4/17 and 5/16)', () => {
    expect(findQuestions('Q3, 4/17 and 5/16').map((r) => r.id)).toEqual(['Q3/17', 'Q4/17', 'Q5/16']);
  });
  it('drop numbers no group follows, and lists whose group is not a study group', () => {
    expect(findQuestions('Q3 and Q5 met; Q1 2026; Qs 1, 2 and 3/24; Q3/17, 5 and 7')).toMatchObject([
      { id: 'Q3/17', text: 'Q3/17' },
    ]);
  });
  it('read Q.3/13 as a Question', () => {
    expect(findQuestions('under Q.3/13 and Q. 4/13')).toMatchObject([
      { id: 'Q3/13', text: 'Q.3/13' },
      { id: 'Q4/13', text: 'Q. 4/13' },
    ]);
  });
  it("skip another sector's Questions", () => {
    expect(
      findQuestions('ITU-D Q2/1, ITU-R Questions 1/6 and 2/6, ITU-D SG2 Q6/2; ITU-T Q6/2').map((r) => r.text),
    ).toEqual(['Q6/2']);
  });
  it("skip ITU-D's Questions: study group 1, or ITU-D's study group written before", () => {
    expect(
      findQuestions('Question 4/1; ITU-D SG2 Question 7/2; ITU-D Study Group 1, Question 4; Q 3/14, Q2/18').map(
        (r) => r.id,
      ),
    ).toEqual([]);
  });
});

describe('ranges', () => {
  it('give each Question, those between the ends spanning the dash', () => {
    const text = 'Q.4-6/17, Questions 10 to 12/15 and Q1-Q4/13';
    expect(findQuestions(text).map((r) => [r.id, r.text, r.start])).toEqual([
      ['Q4/17', 'Q.4', 0],
      ['Q5/17', '-', 3],
      ['Q6/17', '6/17', 4],
      ['Q10/15', 'Questions 10', 10],
      ['Q11/15', ' to ', 22],
      ['Q12/15', '12/15', 26],
      ['Q1/13', 'Q1', 36],
      ['Q2/13', '-', 38],
      ['Q3/13', '-', 38],
      ['Q4/13', 'Q4/13', 39],
    ]);
  });
  it('take a range inside a list, and refuse backward or overlong ones', () => {
    expect(findQuestions('Questions 1, 4-6 and 9/17').map((r) => r.id)).toEqual([
      'Q1/17',
      'Q4/17',
      'Q5/17',
      'Q6/17',
      'Q9/17',
    ]);
    expect(findQuestions('Q6-4/17; Q1-30/17; Q3-4 2025')).toEqual([]);
  });
});

describe('the study group written before or after', () => {
  it('gives its group to numbers without one', () => {
    expect(
      findQuestions('SG11 Question 3; SG 13, Question 2; Study Group 17 Questions 4 and 6; ITU-T SG15 Q11').map((r) => [
        r.id,
        r.text,
      ]),
    ).toEqual([
      ['Q3/11', 'Question 3'],
      ['Q2/13', 'Question 2'],
      ['Q4/17', 'Questions 4'],
      ['Q6/17', '6'],
      ['Q11/15', 'Q11'],
    ]);
    expect(findQuestions('Question 2 of SG 13 and Q6 of ITU-T Study Group 17').map((r) => [r.id, r.text])).toEqual([
      ['Q2/13', 'Question 2'],
      ['Q6/17', 'Q6'],
    ]);
  });
  it('never overrides a group written on the list, nor makes a quarter a Question', () => {
    expect(
      findQuestions('SG13 Question 2/12; SG17 Q1 2026; SG17 Q3 and Q4 2025; SG17 Q3 met').map((r) => r.id),
    ).toEqual(['Q2/12', 'Q3/17']);
  });
  it('reads the group written after a slash with SG: Q11/SG15', () => {
    expect(findQuestions('Q11/SG15 and Q.12/SG 15').map((r) => r.id)).toEqual(['Q11/15', 'Q12/15']);
  });
});

describe('lists with words between items and several groups', () => {
  it('Questions 2, 7 and joint 4/11, 9/13 and 12/16', () => {
    expect(findQuestions('Questions 2, 7 and joint 4/11, 9/13 and 12/16').map((r) => [r.id, r.text])).toEqual([
      ['Q2/11', 'Questions 2'],
      ['Q7/11', '7'],
      ['Q4/11', '4/11'],
      ['Q9/13', '9/13'],
      ['Q12/16', '12/16'],
    ]);
  });
  it('reads a list broken by a line end', () => {
    expect(findQuestions('Questions 2, 3\nand 4/16').map((r) => r.id)).toEqual(['Q2/16', 'Q3/16', 'Q4/16']);
  });
});

describe('lettered Questions (study periods before 2005)', () => {
  it('reads Q.B/16, Question K/16 and lists of letters', () => {
    expect(
      findQuestions('Q.B/16; Question K/16; Questions B, C and H/16').map((r) => [r.id, r.text, r.question]),
    ).toEqual([
      ['QB/16', 'Q.B/16', 'B'],
      ['QK/16', 'Question K/16', 'K'],
      ['QB/16', 'Questions B', 'B'],
      ['QC/16', 'C', 'C'],
      ['QH/16', 'H/16', 'H'],
    ]);
  });
  it('needs a dot, space or word, a slash group, and a list of letters only', () => {
    expect(findQuestions('QB/16; Q.C and Q.I; SG16 Question A; Q3/17, A/16').map((r) => r.id)).toEqual(['Q3/17']);
  });
});

describe('forms of real text joined to what precedes them', () => {
  it('reads SG15/Q13 (group, slash, Question) and ex-Q10/16, never a Q after other slashes or hyphens', () => {
    expect(
      findQuestions('ITU-T SG15/Q13 and ex-Q10/16; WP3/Q4, AC-0809-Q10-26, x/Q3/17, T09-Q3/17').map((r) => [
        r.id,
        r.text,
      ]),
    ).toEqual([
      ['Q13/15', 'Q13'],
      ['Q10/16', 'Q10/16'],
    ]);
  });
  it('reads a lower-case "question" with its group', () => {
    expect(
      findQuestions('Study Group 15, question 13 Network; question 3/17; the question 4 was raised').map((r) => r.id),
    ).toEqual(['Q13/15', 'Q3/17']);
  });
  it('mixes letters and numbers after "Questions", and separates grouped items by a space alone', () => {
    expect(findQuestions('Questions D, F, G, 2, 3 and 5/16; joint 2, 5/19 6/13 and 29/16').map((r) => r.id)).toEqual([
      'QD/16',
      'QF/16',
      'QG/16',
      'Q2/16',
      'Q3/16',
      'Q5/16',
    ]);
    expect(findQuestions('Questions 4 and joint 2, 5/19 6/13 and 29/16').map((r) => r.id)).toEqual([
      'Q4/19',
      'Q2/19',
      'Q5/19',
      'Q6/13',
      'Q29/16',
    ]);
    expect(findQuestions('Q3, 5/19 6 weeks').map((r) => r.id)).toEqual(['Q3/19', 'Q5/19']);
  });
  it("skips ITU-D's report titles and its study groups named in the plural", () => {
    expect(
      findQuestions('Report on Question 9/2; ITU-D Study Groups Question 7/2; Report of Q9/2 meeting').map(
        (r) => r.text,
      ),
    ).toEqual(['Q9/2']);
  });
});

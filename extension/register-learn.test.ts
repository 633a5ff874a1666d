import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importRegisterFile, learnFromListing } from './register-learn';

const fixture = (name: string) => readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), 'utf8');
const now = new Date('2025-05-30T10:00:00Z');

describe('registers from listings and files', () => {
  it('learns an ITU listing page under its meeting', () => {
    const learned = learnFromListing(
      fixture('register-tsag-2505.html'),
      'https://www.itu.int/md/meetingdoc.asp?lang=en&parent=T25-TSAG-250526-TD',
      [],
      now,
    );
    expect(learned).toHaveLength(1);
    expect(learned![0].key).toBe('TSAG 2025-05-26');
    expect(learned![0].entries.find((e) => e.number === 7)?.id).toBe('TD7R2');
    expect(learned![0].learned).toBe(true);
    expect(
      learnFromListing('<html><body><p>no table</p></body></html>', 'https://www.itu.int/md/x', [], now),
    ).toBeNull();
  });

  it('imports a CSV under the options meeting and names the line of an error', () => {
    const meeting = { group: 'TSAG', start: '2025-05-26', studyPeriod: 25 };
    const { registers, added } = importRegisterFile(
      fixture('register-tsag-2505.csv'),
      'register-tsag-2505.csv',
      meeting,
      [],
      now,
    );
    expect(added.meeting).toEqual(meeting);
    expect(registers).toHaveLength(1);
    expect(() => importRegisterFile('id,title\nTDx,y\n', 'bad.csv', meeting, [], now)).toThrow(/bad\.csv:2/);
  });
});

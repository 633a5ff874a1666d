import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMeetingTags, leadingMeetingTag, meetingTagOf, parseMeetingTag } from './tag';

const sample = readFileSync(new URL('../../samples/wp2-closing-agenda-2025-05.txt', import.meta.url), 'utf8');

describe('meeting tags', () => {
  it.each([
    ['TSAG 05-2025:', 'TSAG 05-2025', 'TSAG', 5, 2025],
    ['SG17 09-2025', 'SG17 09-2025', 'SG17', 9, 2025],
    ['SG 2 1/2026', 'SG2 01-2026', 'SG2', 1, 2026],
  ])('%s → %s', (text, id, group, month, year) => {
    expect(findMeetingTags(text)[0]).toMatchObject({ id, group, month, year, start: 0 });
  });
  it.each(['TSAG 13-2025', 'TSAG 05-25', 'T25-TSAG 05-2025', 'TSAG05-2025', 'TSAG 05-20251'])(
    'no tag in %s',
    (text) => {
      expect(findMeetingTags(text)).toEqual([]);
    },
  );
  it('finds the sample status tags', () => {
    const tags = findMeetingTags(sample);
    expect(tags.length).toBe(sample.split('TSAG 05-2025').length - 1);
    for (const t of tags) expect(sample.slice(t.start, t.end)).toBe('TSAG 05-2025');
  });
  it('parses a tag written alone', () => {
    expect(parseMeetingTag('TSAG 05-2025')?.id).toBe('TSAG 05-2025');
    expect(parseMeetingTag('TSAG 05-2025 x')).toBeNull();
  });
  it('writes the tag of a meeting', () => {
    expect(meetingTagOf({ group: 'TSAG', start: '2025-05-26' })).toBe('TSAG 05-2025');
    expect(meetingTagOf({ group: 'SG17', start: '2026-01-12' })).toBe('SG17 01-2026');
  });
  it.each([
    ['TSAG 05-2025: Started', 'TSAG 05-2025', 'TSAG 05-2025:'.length],
    ['SG 17 9/2025 : Completed', 'SG17 09-2025', 'SG 17 9/2025 :'.length],
    ['TSAG 05-2025 Started', 'TSAG 05-2025', 'TSAG 05-2025'.length],
  ])('reads the tag a status line starts with: %s', (line, id, length) => {
    expect(leadingMeetingTag(line)).toMatchObject({ tag: { id, start: 0 }, length });
  });
  it.each(['Started in TSAG 05-2025', ' TSAG 05-2025: x', 'Status: Started'])('no leading tag in %j', (line) => {
    expect(leadingMeetingTag(line)).toBeNull();
  });
});

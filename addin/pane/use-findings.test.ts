import { describe, expect, it } from 'vitest';
import { fixNotice } from './use-findings';

const edit = { start: 0, end: 1, replacement: 'x' };

describe('fixNotice', () => {
  it('says how many were fixed, which were left and why, and when the fixes are tracked changes', () => {
    expect(fixNotice({ applied: 2, skipped: [] })).toEqual({ intent: 'success', title: '2 fixed', text: '' });
    expect(fixNotice({ applied: 1, skipped: [], tracked: true })).toEqual({
      intent: 'success',
      title: '1 fixed',
      text: 'Track Changes is on: the fixes are tracked changes, to accept or reject in Word.',
    });
    const left = fixNotice({
      applied: 1,
      skipped: [
        { edit, reason: 'overlaps another edit' },
        { edit, reason: 'overlaps another edit' },
      ],
      tracked: true,
    });
    expect(left.title).toBe('1 fixed, 2 left as they were');
    expect(left.text).toBe(
      'overlaps another edit. Track Changes is on: the fixes are tracked changes, to accept or reject in Word.',
    );
  });
});

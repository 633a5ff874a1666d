import { describe, expect, it } from 'vitest';
import { namedGroup } from './group';

// Forms seen in text others wrote (the place and a few words of it), then forms we write the same way.
const OBSERVED: [string, string, string][] = [
  // https://lists.packetizer.com/pipermail/sg16-avd/2009-April/028735.html ("Rapporteur group meeting of ITU-T SG16 Questions 1/16")
  ['Rapporteur group meeting of Questions 1/16', 'SG16', 'Questions 1/16'],
  // https://lists.packetizer.com/hyperkitty/list/sg16-avd@lists.packetizer.com/message/UMKER5YVPNBUG6XDQQKQ2GQBWKBRKEAH
  [
    'To Experts of Questions 2, 3, 4, 12, 13, 21, 22, 24, 25, and 27/16',
    'SG16',
    'Questions 2, 3, 4, 12, 13, 21, 22, 24, 25, and 27/16',
  ],
  // https://lists.packetizer.com/pipermail/sg16-avd/2000-October/040850.html ("Experts of ITU-T SG16 Q.12/16, Q.13/16 and Q.14/16")
  ['Experts of Q.12/16, Q.13/16 and Q.14/16', 'SG16', 'Q.12/16, Q.13/16 and Q.14/16'],
  // https://lists.packetizer.com/hyperkitty/list/sg16-avd@lists.packetizer.com/message/NQQBOFEZPMARK7IXKRB6WJ4RTTUV3TSL ("Rapporteur's meeting on Q16 and 17/16")
  ["Convocation of the Rapporteur's meeting on Q16 and 17/16", 'SG16', 'Q16 and 17/16'],
  // https://www.itu.int/en/ITU-T/studygroups/2013-2016/12/Pages/exec-sum-201312.aspx ("WP2/12 interim meeting")
  ['WP2/12 interim meeting', 'SG12', 'WP2/12'],
  // https://docsbay.net/doc/374378/1-collective-letter-2-16 ("Meeting of Study Group 16; Macao, China, 16-27 October 2017")
  ['Subject: Meeting of Study Group 16; Macao, China', 'SG16', 'Study Group 16'],
];

const CONSTRUCTED: [string, string, string][] = [
  ['Draft agenda of the Q4/17 rapporteur group session', 'SG17', 'Q4/17'],
  ['Q2/12 rapporteur group meeting', 'SG12', 'Q2/12'],
  ['Joint meeting of Q4/12 and Q5/12', 'SG12', 'Q4/12 and Q5/12'],
  ['Questions 1 and 7/17 (joint session)', 'SG17', 'Questions 1 and 7/17'],
  ['Working Party 3/12 meeting', 'SG12', 'Working Party 3/12'],
  ['WP2/TSAG closing plenary', 'TSAG', 'WP2/TSAG'],
  ['ITU-T Study Group 17', 'SG17', 'Study Group 17'],
];

describe('namedGroup', () => {
  it.each([...OBSERVED, ...CONSTRUCTED])('%s → %s', (text, group, written) => {
    const found = namedGroup(text);
    expect(found?.group).toBe(group);
    expect(text.slice(found?.start, found?.end)).toBe(written);
  });

  it('takes the first group named: a Question line before a study group, a study group before a Question', () => {
    expect(namedGroup('Q2/12 rapporteur group\nliaison from SG13')?.group).toBe('SG12');
    expect(namedGroup('SG13 meeting\nQ2/12 is invited')?.group).toBe('SG13');
  });

  it('names no group for a joint session of several study groups', () => {
    // https://lists.packetizer.com/pipermail/sg16-avd/2008-March/043523.html ("joint Q4/9, Q5/9 and Q13/16 Rapporteur meeting in Geneva")
    expect(
      namedGroup('Report of the joint Q4/9, Q5/9 and Q13/16 Rapporteur meeting in Geneva\nStudy Group 16'),
    ).toBeNull();
  });

  it.each(['', 'Draft agenda', 'ITU-R SG6 and ITU-D Q2/1', 'TSB Collective letter 4/16'])(
    'names none in %j',
    (text) => {
      expect(namedGroup(text)).toBeNull();
    },
  );

  it('reads Questions in the head only, a written group anywhere', () => {
    const body = `${'x'.repeat(50)}\nQ2/12 is invited`;
    expect(namedGroup(body, 20)).toBeNull();
    expect(namedGroup(`${'x'.repeat(50)}\nSG12`, 20)?.group).toBe('SG12');
  });
});

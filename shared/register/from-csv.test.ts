import { describe, expect, it } from 'vitest';
import { parseCsvRegister } from './from-csv';
import { RegisterError } from './types';

const csv = (...ids: string[]) => `id,title,source\n${ids.map((id) => `"${id}",t,s`).join('\n')}\n`;

describe('CSV register ids', () => {
  it.each([
    ['TD9R3', 9, 3, 'TD9R3'],
    ['TD 9', 9, 0, 'TD9'],
    ['TD009 Rev.3', 9, 3, 'TD9R3'],
    ['TD9r3', 9, 3, 'TD9R3'],
    ['td9', 9, 0, 'TD9'],
    [' TD 106 ', 106, 0, 'TD106'],
    ['TD11-R1', 11, 1, 'TD11R1'],
  ])('reads %j as typed by hand', (text, number, revision, id) => {
    expect(parseCsvRegister(csv(text), 'r.csv').get(number)).toMatchObject({ id, number, revision });
  });

  it.each(['TDx', 'TD0', 'SG12-TD648', 'TD 9 and 10'])('rejects %j, naming it and its line', (text) => {
    expect(() => parseCsvRegister(csv('TD1', text), 'r.csv')).toThrow(RegisterError);
    expect(() => parseCsvRegister(csv('TD1', text), 'r.csv')).toThrow(`id "${text}" is not a TD id`);
  });
});

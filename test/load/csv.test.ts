import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../src/load/csv.js';

const PROJECT_COLUMNS = ['id', 'name', 'agency', 'ministry', 'meeting_date'];

describe('detectDelimiter', () => {
  it.each([
    ['id,name,agency,ministry,meeting_date\na,"x; y; z",b,c,2019-01-01', ','],
    ['id;name;agency;ministry;meeting_date\na;"x, y, z";b;c;2019-01-01', ';'],
    ['id\tname\tagency\tministry\tmeeting_date\na\tx, y; z\tb\tc\t2019-01-01', '\t'],
    ['"ID";"Name";"Agency";"Ministry";"Meeting date"\r\n', ';'],
    ['id;"name, as printed";agency;ministry;meeting_date', ';'],
  ])('reads the delimiter from the header, not from the text below: %j', (text, delimiter) => {
    expect(detectDelimiter(text, PROJECT_COLUMNS)).toBe(delimiter);
  });
});

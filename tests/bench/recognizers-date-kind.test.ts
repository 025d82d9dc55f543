import { describe, expect, test } from 'vitest';
import { dateKind } from '../../bench/recognizers-cases';

// The mapping of the specs' datetime annotations to Sift's kinds (bench/README.md).
describe('dateKind', () => {
  test('a year in full-width digits is a calendar date, as the same year in ASCII digits is', () => {
    expect(dateKind('2008年', '2008')).toBe('date');
    expect(dateKind('２００８年', '2008')).toBe('date');
    expect(dateKind('２０１８年１２月', '2018-12')).toBe('date');
  });

  test('a month number alone stays no figure in either width', () => {
    expect(dateKind('3月', 'XXXX-03')).toBe('none');
    expect(dateKind('３月', 'XXXX-03')).toBe('none');
  });
});

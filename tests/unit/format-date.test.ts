import { describe, expect, it } from 'vitest';
import { dateLocale, formatDate } from '@/lib/format-date';

describe('formatDate', () => {
  it.each([
    ['nl', '15 april 2024'],
    ['en', '15 April 2024'],
  ] as const)('writes a date in %s with the day first', (language, text) => {
    expect(formatDate('2024-04-15', language)).toBe(text);
  });

  it('keeps the day whatever the time zone', () => {
    expect(formatDate('2024-01-01')).toBe('1 januari 2024');
  });
});

describe('dateLocale', () => {
  it('writes English dates the British way, day before month', () => {
    const format = new Intl.DateTimeFormat(dateLocale('en'), {
      day: 'numeric',
      month: 'numeric',
      timeZone: 'UTC',
    });
    expect(format.format(Date.UTC(2024, 1, 13))).toBe('13/02');
  });
});

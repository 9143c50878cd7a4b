/** Words for the API's enum values and dates, as an analyst would write them. */

/** `WEAPONS_TEST` → "Weapons test". */
export function humanize(value: string): string {
  const words = value.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const MONTH_FORMAT = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** An ISO day as "24 Jul 2025". */
export function formatDay(iso: string): string {
  return DAY_FORMAT.format(new Date(`${iso}T00:00:00Z`));
}

interface DateLike {
  start: string | null;
  end: string | null;
  precision: string;
}

/** What a fuzzy date can mean, in words: "some time in 2024", "on or before 24 Jul 2025". */
export function describeDate({ start, end, precision }: DateLike): string {
  if (start && end) {
    if (start === end) return `on ${formatDay(start)}`;
    if (precision === 'YEAR' && start.endsWith('-01-01') && end.endsWith('-12-31') && start.slice(0, 4) === end.slice(0, 4)) {
      return `some time in ${start.slice(0, 4)}`;
    }
    if (precision === 'MONTH' && start.endsWith('-01') && start.slice(0, 7) === end.slice(0, 7)) {
      return `some time in ${MONTH_FORMAT.format(new Date(`${start}T00:00:00Z`))}`;
    }
    return `between ${formatDay(start)} and ${formatDay(end)}`;
  }
  if (end) return `on or before ${formatDay(end)}`;
  if (start) return `from ${formatDay(start)}, open-ended`;
  return 'at an unknown time';
}

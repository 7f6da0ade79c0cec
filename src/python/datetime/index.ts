/**
 * Python's `datetime` module types: `date`, `time`, `datetime`, `timedelta` and `timezone`,
 * with CPython 3.14's texts (`isoformat()`, `str()`, `repr()`, errors) and rules.
 * @module
 */
export { timedelta, type TimedeltaArgs } from './timedelta.js';
export { timezone } from './timezone.js';
export { date, type DateFields } from './date.js';
export { time, type TimeFields } from './time.js';
export { datetime, type DatetimeFields } from './datetime.js';
export type { Timespec } from './format.js';
export { MINYEAR, MAXYEAR } from './calendar.js';

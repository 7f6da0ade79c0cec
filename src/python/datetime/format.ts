/**
 * The texts of times and UTC offsets that isoformat(), str(), repr() and tzname() share.
 * @module
 */
import { ValueError } from '../errors.js';
import { pyRepr } from '../protocol.js';
import type { timedelta } from './timedelta.js';
import type { timezone } from './timezone.js';

/** What `isoformat()`'s timespec accepts. */
export type Timespec = 'auto' | 'hours' | 'minutes' | 'seconds' | 'milliseconds' | 'microseconds';

/** The fields of a time of day, as `time` and `datetime` have them. */
export interface TimeOfDay {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly microsecond: number;
  readonly tzinfo: timezone | null;
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * `HH[:MM[:SS[.fff[fff]]]]` as `timespec` asks (`auto` leaves out zero microseconds), then the
 * UTC offset when there is a timezone.
 * @throws {ValueError} `Unknown timespec value`
 */
export function formatTime(t: TimeOfDay, timespec: string): string {
  const offset = t.tzinfo ? formatOffset(t.tzinfo.offset) : '';
  return clockText(t, timespec) + offset;
}

function clockText({ hour: h, minute: m, second: s, microsecond: us }: TimeOfDay, timespec: string): string {
  switch (timespec === 'auto' ? (us ? 'microseconds' : 'seconds') : timespec) {
    case 'hours':
      return pad(h, 2);
    case 'minutes':
      return `${pad(h, 2)}:${pad(m, 2)}`;
    case 'seconds':
      return `${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}`;
    case 'milliseconds':
      return `${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}.${pad(Math.floor(us / 1000), 3)}`;
    case 'microseconds':
      return `${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}.${pad(us, 6)}`;
    default:
      throw new ValueError('Unknown timespec value');
  }
}

/** A UTC offset as `+HH:MM`, with `:SS` and `.ffffff` only when they are not zero. */
export function formatOffset(offset: timedelta): string {
  let sign = '+';
  let secs = offset.days * 86400 + offset.seconds;
  let us = offset.microseconds;
  if (offset.days < 0) {
    sign = '-';
    // -(secs + us/1e6), carried so the microseconds stay in 0..999999.
    secs = -secs - (us ? 1 : 0);
    us = us ? 1000000 - us : 0;
  }
  const h = Math.floor(secs / 3600);
  const m = Math.floor(secs / 60) % 60;
  const s = secs % 60;
  let out = `${sign}${pad(h, 2)}:${pad(m, 2)}`;
  if (us) out += `:${pad(s, 2)}.${pad(us, 6)}`;
  else if (s) out += `:${pad(s, 2)}`;
  return out;
}

/** A `repr()`'s hour and minute, then the second and microsecond only as far as they are not zero. */
export function reprTimeArgs(t: TimeOfDay): string {
  if (t.microsecond) return `${t.hour}, ${t.minute}, ${t.second}, ${t.microsecond}`;
  if (t.second) return `${t.hour}, ${t.minute}, ${t.second}`;
  return `${t.hour}, ${t.minute}`;
}

/** A `repr()`'s keyword arguments for tzinfo and fold, in the order the C module writes them. */
export function reprTail(tzinfo: timezone | null, fold: number, foldFirst: boolean): string {
  const tz = tzinfo ? `, tzinfo=${tzinfo[pyRepr]()}` : '';
  const f = fold ? ', fold=1' : '';
  return foldFirst ? f + tz : tz + f;
}

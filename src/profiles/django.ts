/**
 * Django: `json.dumps(v, cls=DjangoJSONEncoder)` and the body of `JsonResponse(v, safe=False)`
 * (django/core/serializers/json.py, django/utils/duration.py). Datetimes are written as
 * ECMA-262 text (milliseconds, `Z` for UTC), times without their microseconds beyond
 * milliseconds (aware times are refused), timedeltas as ISO 8601 durations
 * (`P1DT02H03M04.000005S`), Decimal and UUID as their `str()`.
 * @module
 */
import { ValueError } from '../errors.js';
import { date, datetime, Decimal, time, timedelta, UUID } from '../python/index.js';
import { jsonDumps, NOT_HANDLED } from './jsondumps.js';
import { utf8Profile, type Profile } from './profile.js';

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Django's `duration_iso_string`: `P{days}DT{hh}H{mm}M{ss}[.ffffff]S`, a negative duration
 * negated with a leading `-`.
 */
export function durationIsoString(td: timedelta): string {
  const negative = td.days < 0;
  const d = negative ? td.neg() : td;
  const minutes = Math.floor(d.seconds / 60);
  const fraction = d.microseconds ? '.' + String(d.microseconds).padStart(6, '0') : '';
  return `${negative ? '-' : ''}P${d.days}DT${pad2(Math.floor(minutes / 60))}H${pad2(minutes % 60)}M${pad2(d.seconds % 60)}${fraction}S`;
}

/** DjangoJSONEncoder.default. */
export function djangoDefault(o: unknown): unknown {
  if (o instanceof datetime) {
    let r = o.isoformat();
    if (o.microsecond) r = r.slice(0, 23) + r.slice(26);
    return r.endsWith('+00:00') ? r.slice(0, -6) + 'Z' : r;
  }
  if (o instanceof date) return o.isoformat();
  if (o instanceof time) {
    if (o.utcoffset() !== null) throw new ValueError("JSON can't represent timezone-aware times.");
    const r = o.isoformat();
    return o.microsecond ? r.slice(0, 12) : r;
  }
  if (o instanceof timedelta) return durationIsoString(o);
  if (o instanceof Decimal || o instanceof UUID) return String(o);
  return NOT_HANDLED;
}

const text = (value: unknown): string => jsonDumps(value, {}, djangoDefault);

/**
 * Django's JSON: `DjangoJSONEncoder` text, `JsonResponse` bytes.
 * @example
 * django.dumps({ when: new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 123)) }) // '{"when": "2024-01-02T03:04:05.123Z"}'
 */
export const django: Profile = utf8Profile('django', 'json.dumps(v, cls=DjangoJSONEncoder)', text);

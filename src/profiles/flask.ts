/**
 * Flask: `app.json.dumps(v)` and the body of `jsonify(v)` with the DefaultJSONProvider
 * (flask/json/provider.py): `sort_keys=True`, `ensure_ascii=True`, dates and datetimes as HTTP
 * dates (werkzeug's `http_date`: naive taken as UTC, aware converted to UTC, microseconds
 * dropped), Decimal and UUID as `str()`, objects with `__html__()` as its text. `jsonify` writes
 * compact separators and a final newline (outside debug mode).
 * @module
 */
import { date, datetime, Decimal, timezone, UUID } from '../python/index.js';
import { str } from '../python/repr.js';
import { jsonDumps, NOT_HANDLED } from './jsondumps.js';
import type { Profile } from './profile.js';
import { encodeStrictUtf8 } from '../utf8-encode.js';
import { isUtcOffset } from './values.js';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * werkzeug's `http_date` of a date or datetime (`email.utils.format_datetime(dt, usegmt=True)`):
 * `Tue, 02 Jan 2024 03:04:05 GMT`.
 * @throws {OverflowError} `date value out of range` when converting to UTC leaves years 1-9999
 */
export function httpDate(d: date): string {
  let dt: date = d;
  if (d instanceof datetime) {
    const offset = d.utcoffset();
    if (offset !== null && !isUtcOffset(offset)) dt = d.astimezone(timezone.utc);
  }
  const t = dt instanceof datetime ? dt : undefined;
  const clock = `${pad(t?.hour ?? 0, 2)}:${pad(t?.minute ?? 0, 2)}:${pad(t?.second ?? 0, 2)}`;
  return `${DAYS[dt.weekday()]}, ${pad(dt.day, 2)} ${MONTHS[dt.month - 1]} ${pad(dt.year, 4)} ${clock} GMT`;
}

/** flask.json.provider._default. */
export function flaskDefault(o: unknown): unknown {
  if (o instanceof date) return httpDate(o);
  if (o instanceof Decimal || o instanceof UUID) return String(o);
  const html = (o as { __html__?: unknown } | null)?.__html__;
  if (typeof html === 'function') return str(html.call(o));
  return NOT_HANDLED;
}

/**
 * Flask's JSON: `app.json.dumps(v)` text; `body` is what `jsonify(v)` sends.
 * @example
 * flask.dumps({ when: new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 123)), b: 'é' }) // '{"b": "\\u00e9", "when": "Tue, 02 Jan 2024 03:04:05 GMT"}'
 */
export const flask: Profile = {
  name: 'flask',
  call: 'app.json.dumps(v)',
  dumps: (value) => jsonDumps(value, { sortKeys: true, ensureAscii: true }, flaskDefault),
  body: (value) => encodeStrictUtf8(jsonDumps(value, { sortKeys: true, ensureAscii: true, separators: [',', ':'] }, flaskDefault) + '\n'),
};

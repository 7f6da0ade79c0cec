/**
 * httpx: the body of `httpx.post(url, json=v)` in httpx 0.28 and later (`encode_json` in
 * httpx/_content.py): `json.dumps(v, ensure_ascii=False, separators=(",", ":"), allow_nan=False)`
 * in UTF-8. Earlier versions sent `json.dumps(v)` with its defaults. `json=None` sends an empty body.
 * @module
 */
import { jsonDumps } from './jsondumps.js';
import { utf8Profile, type Profile } from './profile.js';

// json=None is no JSON at all: httpx sends an empty body.
const text = (value: unknown): string =>
  value === null ? '' : jsonDumps(value, { ensureAscii: false, separators: [',', ':'], allowNan: false });

/**
 * The body httpx sends for `json=v`.
 * @example
 * httpx.dumps({ name: 'Zoë', n: [1, 2.5] }) // '{"name":"Zoë","n":[1,2.5]}'
 */
export const httpx: Profile = utf8Profile('httpx', 'httpx.post(url, json=v)', text);

/**
 * requests: the body of `requests.post(url, json=v)` with the standard library's `json`:
 * `json.dumps(v, allow_nan=False)` in UTF-8. A ValueError from `json` (NaN, a cycle) becomes
 * requests' `InvalidJSONError` with the same text. `json=None` sends no body: the empty text.
 * @module
 */
import { ValueError } from '../errors.js';
import { InvalidJSONError } from './errors.js';
import { jsonDumps } from './jsondumps.js';
import { utf8Profile, type Profile } from './profile.js';

function text(value: unknown): string {
  // json=None is no JSON at all: requests sends no body.
  if (value === null) return '';
  try {
    return jsonDumps(value, { allowNan: false });
  } catch (e) {
    if (e instanceof ValueError) throw new InvalidJSONError(e);
    throw e;
  }
}

/**
 * The body requests sends for `json=v` (requests/models.py `prepare_body`).
 * @example
 * new TextDecoder().decode(requests.body({ name: 'Zoë', n: [1, 2.5] })) // '{"name": "Zo\\u00eb", "n": [1, 2.5]}'
 */
export const requests: Profile = utf8Profile('requests', 'requests.post(url, json=v)', text);

/**
 * `json.dumps(v, default=str)`, the most common line of Python JSON code: every value `json`
 * cannot write is written as its `str()` (`2024-01-02 03:04:05.123456+00:00`, `12.50`, a
 * UUID's hex with hyphens).
 * @module
 */
import { str } from '../python/repr.js';
import { jsonDumps } from './jsondumps.js';
import { utf8Profile, type Profile } from './profile.js';

const text = (value: unknown): string => jsonDumps(value, {}, str);

/**
 * `json.dumps(v, default=str)`; `body` is its UTF-8 bytes.
 * @example
 * defaultStr.dumps([new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 123))]) // '["2024-01-02 03:04:05.123000+00:00"]'
 */
export const defaultStr: Profile = utf8Profile('defaultStr', 'json.dumps(v, default=str)', text);

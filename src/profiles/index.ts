/**
 * `pyjson/profiles`: the exact text and bytes that Python's web frameworks and tools write for a
 * value — Django, Flask, FastAPI, requests, httpx, nbformat and `json.dumps(v, default=str)` —
 * and `detect`, which tells which of them (or which `json.dumps` settings) made given bytes.
 * Each profile has `dumps(value)` (the framework's text) and `body(value)` (its bytes).
 * Values are pyjson's JS values and the types of `pyjson/python`; a JS `Date` is an aware UTC
 * datetime with millisecond precision.
 *
 * @example
 * import { flask, httpx, requests } from 'pyjson/profiles';
 * requests.dumps({ a: 'é' }) // '{"a": "\\u00e9"}'
 * httpx.dumps({ a: 'é' }) // '{"a":"é"}'
 * flask.dumps({ b: 1, a: 2 }) // '{"a": 2, "b": 1}'
 * @module
 */
export type { Profile, ProfileName } from './profile.js';
export { django, durationIsoString } from './django.js';
export { flask, httpDate } from './flask.js';
export { fastapi, jsonableEncoder } from './fastapi.js';
export { requests } from './requests.js';
export { httpx } from './httpx.js';
export { nbformat, splitLines } from './nbformat.js';
export { defaultStr } from './default-str.js';
export { AssertionError, AttributeError, ImportError, InvalidJSONError, KeyError, UnicodeEncodeError } from './errors.js';
export { detect, dumpsCall, type Candidate, type DatetimeStyle, type Detection, type DumpsSettings } from './detect.js';

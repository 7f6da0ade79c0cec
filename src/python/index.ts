/**
 * `pyjson/python`: Python's own values in JavaScript — `repr()`/`str()`, `Decimal`, the
 * `datetime` types and `UUID` — with CPython 3.14's exact texts, for the JSON that Python
 * services send (`json.dumps(v, default=str)`) and for checking it.
 * @module
 */
export { pyRepr, type PyValue } from './protocol.js';
export { InvalidOperation, OverflowError, UnicodeEncodeError, ValueError } from './errors.js';
export { Decimal, type DecimalComparable, type DecimalInput, type DecimalTuple, type DecimalTupleArray } from './decimal/index.js';
export { repr, str } from './repr.js';
export { UUID, type UUIDArgs } from './uuid.js';
export * from './datetime/index.js';

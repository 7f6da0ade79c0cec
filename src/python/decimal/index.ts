/**
 * Python's `decimal.Decimal` (the value, without arithmetic).
 * @module
 */
export { Decimal, type DecimalComparable, type DecimalInput, type DecimalTupleArray } from './decimal.js';
export type { DecimalTuple } from './format.js';

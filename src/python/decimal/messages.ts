/**
 * The texts of the errors `Decimal` raises, as CPython 3.14's C `_decimal` words them (checked in
 * pyodide 314.0.7), in one place so that tests can refer to them.
 * @module
 */

/** `Decimal('abc')`: text outside the grammar. */
export const conversionSyntax = "[<class 'decimal.ConversionSyntax'>]";
/** A value out of the exponent range, or any comparison involving a NaN that signals. */
export const invalidOperation = "[<class 'decimal.InvalidOperation'>]";

export const signalingNanToFloat = 'cannot convert signaling NaN to float';
export const nanToInteger = 'cannot convert NaN to integer';
export const infinityToInteger = 'cannot convert Infinity to integer';

// The tuple form, Decimal((sign, digits, exponent)).
export const tupleLength = 'argument must be a sequence of length 3';
export const tupleSign = 'sign must be an integer with the value 0 or 1';
export const tupleSpecial = "string argument in the third position must be 'F', 'n' or 'N'";
export const tupleExponent = 'exponent must be an integer';
export const tupleDigits = 'coefficient must be a tuple of digits';
export const tooLargeForLong = 'Python int too large to convert to C long';
export const tooLargeForSsize = 'Python int too large to convert to C ssize_t';

/** V8's own text for a bigint beyond its size limit, raised before a slow attempt. */
export const bigintTooLarge = 'Maximum BigInt size exceeded';

export function conversionNotSupported(typeName: string): string {
  return `conversion from ${typeName} to Decimal is not supported`;
}

export function notSupportedBetween(op: string, left: string, right: string): string {
  return `'${op}' not supported between instances of '${left}' and '${right}'`;
}

export const implicitNumber =
  'a Decimal is not converted to a number implicitly: use toNumber() (Python float(d)) or toBigInt() ' +
  '(Python int(d)), and lt()/le()/gt()/ge()/equals() or Decimal.compare() to compare';

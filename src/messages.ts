/**
 * The texts CPython 3.14 uses, named so that tests and callers can refer to them (as
 * `Messages.name`, through `import * as Messages`: single bindings, which a minifier can shorten).
 * @module
 */
export const expectingValue = 'Expecting value';
export const expectingPropertyName = 'Expecting property name enclosed in double quotes';
export const expectingColon = "Expecting ':' delimiter";
export const expectingComma = "Expecting ',' delimiter";
export const trailingCommaArray = 'Illegal trailing comma before end of array';
export const trailingCommaObject = 'Illegal trailing comma before end of object';
export const extraData = 'Extra data';
export const unterminatedString = 'Unterminated string starting at';
export const invalidControl = 'Invalid control character at';
export const invalidEscape = 'Invalid \\escape';
export const invalidUnicodeEscape = 'Invalid \\uXXXX escape';
export const unexpectedBom = 'Unexpected UTF-8 BOM (decode using utf-8-sig)';
export const circular = 'Circular reference detected';
export const outOfRangeFloat = 'Out of range float values are not JSON compliant: ';
export const intTooLongToPrint = 'Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit';
export const intTooLongToParse = (digits: number) =>
    `Exceeds the limit (4300 digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`;
export const encodeRecursion = 'maximum recursion depth exceeded while encoding a JSON object';
export const negativeIndex = 'idx cannot be negative';

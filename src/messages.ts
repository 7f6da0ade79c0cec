/**
 * The texts of CPython 3.14 that several places raise or compare against, named so that they are
 * written once (as `Messages.name`, through `import * as Messages`). A text raised at one place
 * only is written there, as a literal: a binding of its own costs the main bundle bytes.
 * @module
 */
export const unterminatedString = 'Unterminated string starting at';
export const invalidUnicodeEscape = 'Invalid \\uXXXX escape';
export const unexpectedBom = 'Unexpected UTF-8 BOM (decode using utf-8-sig)';
export const circular = 'Circular reference detected';

/**
 * The TypeError texts of Python's operators applied to the wrong types.
 * @module
 */
import { typeName } from './args.js';

/** `unsupported operand type(s) for +: 'datetime.date' and 'int'` */
export function binaryTypeError(op: string, left: unknown, right: unknown): TypeError {
  return new TypeError(`unsupported operand type(s) for ${op}: '${typeName(left)}' and '${typeName(right)}'`);
}

/** `'<' not supported between instances of 'datetime.date' and 'int'` */
export function compareTypeError(op: string, left: unknown, right: unknown): TypeError {
  return new TypeError(`'${op}' not supported between instances of '${typeName(left)}' and '${typeName(right)}'`);
}

/**
 * The BOM rule of `json.loads(str)` for the stream readers: a text that starts with U+FEFF is
 * refused (bytes lose their BOM as `utf-8-sig`, see codecs.ts). `loads()` keeps its own
 * inline copy of this line: in the main bundle the copy is smaller than the call.
 * @module
 */
import { JSONDecodeError } from '../errors.js';
import * as Messages from '../messages.js';

/** @throws {JSONDecodeError} `Unexpected UTF-8 BOM (decode using utf-8-sig)` at position 0 */
export function rejectBom(text: string): void {
  if (text.charCodeAt(0) === 0xfeff) throw new JSONDecodeError(Messages.unexpectedBom, text, 0);
}

/**
 * What every profile offers: the text a framework's serializer returns and the bytes it sends.
 * @module
 */
import { encodeStrictUtf8 } from '../utf8-encode.js';

/** The names of the profiles, as exported by `pyjson/profiles`. */
export type ProfileName = 'django' | 'flask' | 'fastapi' | 'requests' | 'httpx' | 'nbformat' | 'defaultStr';

/** One framework's way of writing JSON. */
export interface Profile {
  /** The profile's name (`'flask'`). */
  readonly name: ProfileName;
  /** What the framework's call writes, in Python's words (`app.json.dumps(v)`). */
  readonly call: string;
  /**
   * The text the framework's own serializer returns.
   * @throws the framework's error, with Python's class name and text
   */
  dumps(value: unknown): string;
  /**
   * The exact bytes the framework sends or writes (UTF-8).
   * @throws the framework's error, with Python's class name and text
   */
  body(value: unknown): Uint8Array;
}

/** A profile whose bytes are its text in UTF-8 (surrogates refused, as Python's encoder does). */
export function utf8Profile(name: ProfileName, call: string, dumps: (value: unknown) => string): Profile {
  return { name, call, dumps, body: (value) => encodeStrictUtf8(dumps(value)) };
}

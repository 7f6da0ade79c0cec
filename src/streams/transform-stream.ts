/**
 * The platform's WHATWG `TransformStream`, for the `...Stream()` variants of the readers and
 * writers.
 * @module
 */

const globals = globalThis as unknown as { TransformStream?: new (transformer: object) => unknown };

/** A new `TransformStream`; a `TypeError` where the runtime has none. */
export function newTransformStream(transformer: object): unknown {
  const TS = globals.TransformStream;
  if (TS === undefined) throw new TypeError('TransformStream is not available in this runtime');
  return new TS(transformer);
}

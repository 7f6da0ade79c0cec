/**
 * Option spelling: every option has a camelCase name and may also be given with its Python
 * spelling (`sort_keys`), so that Python call sites port verbatim.
 * @module
 */

/** Python name -> camelCase name, for the options whose spellings differ (`sort_keys` -> `sortKeys`). */
const CAMEL_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  ['ensureAscii', 'checkCircular', 'allowNan', 'sortKeys', 'objectHook', 'parseFloat', 'parseInt', 'parseConstant', 'objectPairsHook'].map(
    (camel) => [camel.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase()), camel],
  ),
);

/**
 * Returns a copy of `options` with every key in camelCase. Keys whose value is `undefined`
 * are dropped (undefined means "the default", like Python's None for these options).
 *
 * @param caller the function name used in error messages
 * @param known the camelCase names the caller accepts; others are reported with CPython's
 *   wording unless `allowUnknown`
 * @throws {TypeError} when one option is given in both spellings, or an unknown option is given
 */
export function normalizeOptions(
  options: object | null | undefined,
  caller: string,
  known: readonly string[],
  allowUnknown: boolean,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (options === null || options === undefined) return out;
  if (typeof options !== 'object') {
    throw new TypeError(`${caller} options must be an object, not ${typeof options}`);
  }
  for (const key of Object.keys(options)) {
    const value = (options as Record<string, unknown>)[key];
    if (value === undefined) continue;
    // Own names only: `toString` is an unknown option, not Object.prototype's.
    const camel = Object.hasOwn(CAMEL_NAMES, key) ? CAMEL_NAMES[key]! : key;
    if (camel !== key && (options as Record<string, unknown>)[camel] !== undefined) {
      throw new TypeError(`${caller} got both '${camel}' and '${key}' (the same option in two spellings)`);
    }
    if (!allowUnknown && !known.includes(camel)) {
      throw new TypeError(`${caller} got an unexpected keyword argument '${key}'`);
    }
    out[camel] = value;
  }
  return out;
}

const sharedInstances = new Map<Function, unknown>();

/**
 * The encoder or decoder that `dumps`, `loads` and the like use: an instance of `options.cls`
 * (default `base`) made with the other options, or a shared `base` instance when there are none.
 */
export function configured<T>(options: object | null | undefined, caller: string, base: new (options?: object) => T): T {
  // No options (the common call) goes straight to the shared instance. Not `if (options)`: 0,
  // '' and false must still reach normalizeOptions's TypeError.
  if (options != null) {
    const o = normalizeOptions(options, caller, [], true);
    const cls = (o.cls ?? base) as new (options?: object) => T;
    delete o.cls;
    if (cls !== base || Object.keys(o).length) return new cls(o);
  }
  let shared = sharedInstances.get(base) as T | undefined;
  if (!shared) sharedInstances.set(base, (shared = new base()));
  return shared;
}

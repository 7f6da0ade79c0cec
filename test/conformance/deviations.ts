/**
 * JSONTestSuite files on which pyjson knowingly differs from CPython 3.14, with the reason.
 * Ideally empty. Each entry is asserted to still differ: a file listed here that starts
 * matching CPython fails the suite (remove it from this list then).
 *
 * Key: the file name in `test_parsing/` or `test_transform/` (prefixed `transform/`).
 */
export const DEVIATIONS: Readonly<Record<string, string>> = {};

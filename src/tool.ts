/**
 * The `pyjson` command line: Python 3.14's `python -m json` (`json.tool`) for Node.
 *
 * `main(argv, io)` runs the whole tool in-process and returns the exit status; it never
 * touches `process`. Everything that talks to the operating system (standard streams, the
 * environment, files) comes in through {@link ToolIO}; `tool-node.ts` builds one from the
 * real process.
 *
 * What is reproduced byte for byte (checked against CPython 3.14.2 by the differential tests):
 * argparse's usage line, error messages and exit status 2 (including unique-prefix option
 * matching, `--opt=value`, `--`, the mutually exclusive group and `--indent` read like Python's
 * `int()`); the output of every option combination; JSON, UTF-8 decoding and UTF-8 encoding
 * errors (message alone on stderr, exit status 1, output written before the error kept);
 * colour and its environment variables; the chunked reading of `--json-lines` from stdin.
 * What differs on purpose is listed in docs/cli.md (How the CLI differs from CPython 3.14).
 *
 * This file is the entry point only; `tool/` holds the code, one file per job: `io.ts` (the
 * boundary), `argparse.ts`, `py-int.ts` and `help.ts` (the arguments, usage and help),
 * `color.ts`, `text-input.ts` and `text-output.ts` (text streams as CPython's `TextIOWrapper`
 * reads and writes them), `os-errors.ts` (the texts of operating-system errors) and `main.ts`
 * (the run).
 * @module
 */

export type { ToolFileSystem, ToolIO, ToolWriter } from './tool/io.js';
export type { ToolOptions } from './tool/argparse.js';
export { main } from './tool/main.js';

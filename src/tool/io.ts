/**
 * The tool's boundary with the outside world: everything it reads, writes or asks comes in
 * through a {@link ToolIO}, so `main` runs in-process and in tests without touching `process`.
 * @module
 */

/** Somewhere bytes can be written: standard output, standard error or an output file. */
export interface ToolWriter {
  /**
   * Writes the bytes. May return a promise (the tool awaits it, which gives back-pressure).
   * Failures are thrown or rejected; an error whose `code` is `'EPIPE'` ends the tool quietly
   * with status 32, as CPython does.
   */
  write(data: Uint8Array): void | Promise<void>;
  /** Closes an output file (not called for stdout/stderr). */
  close?(): void | Promise<void>;
  /** Whether this writer is a terminal (decides colour when no variable does). */
  readonly isTTY?: boolean;
}

/** File access, injected so that the tool itself stays free of Node APIs. */
export interface ToolFileSystem {
  /**
   * Opens a file for reading and returns its bytes as a stream of chunks. Opening errors
   * (missing file, directory, permissions) must reject the returned promise, not the stream.
   * Errors carry a Node-style `code` (`'ENOENT'`, `'EISDIR'`, ...).
   */
  openRead(path: string): Promise<AsyncIterable<Uint8Array> | Iterable<Uint8Array>>;
  /** Creates or truncates a file for writing. */
  openWrite(path: string): Promise<ToolWriter>;
  /** Whether two paths name the same existing file (used for in-place `--json-lines`). */
  sameFile?(a: string, b: string): Promise<boolean>;
}

/** Everything the tool needs from the outside world. */
export interface ToolIO {
  /** Standard input as raw bytes (a Node `Readable` works as it is). */
  stdin: ByteSource;
  stdout: ToolWriter;
  stderr: ToolWriter;
  /** The environment (`PYTHON_COLORS`, `NO_COLOR`, `FORCE_COLOR`, `TERM`, `COLUMNS`). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Whether standard output is a terminal (colour, and argparse's coloured usage). */
  isTTY?: boolean;
  /** The width of the terminal on standard output, when it is one (usage line wrapping). */
  columns?: number;
  /** File access for `infile`/`outfile` paths; without it, paths fail as unreadable. */
  fs?: ToolFileSystem;
}

/** The environment variables the tool reads. */
export type Env = Readonly<Record<string, string | undefined>>;

/** Standard input or a file, as chunks of bytes (text chunks are encoded as UTF-8). */
export type ByteSource = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

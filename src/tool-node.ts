/**
 * Node bindings for the `pyjson` command line: builds a {@link ToolIO} from the real process
 * (standard streams, environment, terminal, file system). `bin/pyjson.js` is
 * `process.exitCode = await runNode()`.
 *
 * The library is compiled without Node's type definitions (`types: []`, so that no Node API
 * creeps into it); the few Node APIs used here are described by the local interfaces below.
 * @module
 */

// @ts-ignore -- Node's own module; its types are deliberately not part of the library build
import { open, stat } from 'node:fs/promises';
// @ts-ignore -- as above
import { isatty } from 'node:tty';
import { main, type ToolFileSystem, type ToolIO, type ToolWriter } from './tool.js';

/** The parts of a Node `Writable` (process.stdout, process.stderr) used here. */
export interface NodeWritable {
  write(data: Uint8Array, callback: (error?: Error | null) => void): boolean;
  on(event: 'error', listener: (error: unknown) => void): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

interface NodeFileHandle {
  readonly fd: number;
  stat(): Promise<{ isDirectory(): boolean }>;
  read(buffer: Uint8Array, offset: number, length: number, position: null): Promise<{ bytesRead: number }>;
  write(buffer: Uint8Array, offset: number, length: number): Promise<{ bytesWritten: number }>;
  close(): Promise<void>;
}

interface NodeProcess {
  readonly argv: string[];
  readonly env: Record<string, string | undefined>;
  readonly stdin: AsyncIterable<Uint8Array> & { destroy(): void };
  readonly stdout: NodeWritable;
  readonly stderr: NodeWritable;
}

const openFile = open as (path: string, flags: string) => Promise<NodeFileHandle>;
const statFile = stat as (path: string) => Promise<{ dev: number; ino: number }>;
const isTerminal = isatty as (fd: number) => boolean;
const nodeProcess = (globalThis as unknown as { process: NodeProcess }).process;

const READ_SIZE = 1 << 16;

/**
 * Wraps a Node writable stream: every write resolves when the data has been handed to the
 * operating system, and rejects with the stream's error (`EPIPE` when the reader went away).
 */
export function nodeWriter(stream: NodeWritable): ToolWriter {
  let failure: unknown = null;
  // Without a listener an EPIPE would crash the process; the failing write reports it.
  stream.on('error', (e) => {
    failure ??= e;
  });
  return {
    isTTY: stream.isTTY === true,
    write(data: Uint8Array): Promise<void> {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        stream.write(data, (e) => {
          if (e) {
            failure ??= e;
            reject(e);
          } else resolve();
        });
      });
    },
  };
}

function isDirectoryError(path: string): Error {
  return Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${path}'`), {
    code: 'EISDIR',
    errno: -21,
    path,
  });
}

/** File access through `node:fs/promises`. */
export function nodeFileSystem(): ToolFileSystem {
  return {
    async openRead(path: string): Promise<AsyncIterable<Uint8Array>> {
      const handle = await openFile(path, 'r');
      try {
        // Python's open() refuses a directory at once; Node's only fails on the first read.
        if ((await handle.stat()).isDirectory()) throw isDirectoryError(path);
      } catch (e) {
        await handle.close();
        throw e;
      }
      return (async function* chunks(): AsyncGenerator<Uint8Array> {
        try {
          for (;;) {
            const buffer = new Uint8Array(READ_SIZE);
            const { bytesRead } = await handle.read(buffer, 0, READ_SIZE, null);
            if (bytesRead === 0) return;
            yield buffer.subarray(0, bytesRead);
          }
        } finally {
          await handle.close();
        }
      })();
    },

    async openWrite(path: string): Promise<ToolWriter> {
      const handle = await openFile(path, 'w');
      return {
        isTTY: isTerminal(handle.fd),
        async write(data: Uint8Array): Promise<void> {
          let at = 0;
          while (at < data.length) {
            const { bytesWritten } = await handle.write(data, at, data.length - at);
            at += bytesWritten;
          }
        },
        close: () => handle.close(),
      };
    },

    async sameFile(a: string, b: string): Promise<boolean> {
      const [x, y] = await Promise.all([statFile(a), statFile(b)]);
      return x.dev === y.dev && x.ino === y.ino;
    },
  };
}

/** The process's standard streams, environment, terminal and file system as a {@link ToolIO}. */
function nodeIO(): ToolIO {
  const stdout = nodeProcess.stdout;
  return {
    stdin: nodeProcess.stdin,
    stdout: nodeWriter(stdout),
    stderr: nodeWriter(nodeProcess.stderr),
    env: nodeProcess.env,
    isTTY: stdout.isTTY === true,
    columns: stdout.isTTY ? stdout.columns : undefined,
    fs: nodeFileSystem(),
  };
}

/**
 * Runs `pyjson` on this process.
 * @param argv the arguments after the program name (default: `process.argv.slice(2)`)
 * @returns the exit status, for `process.exitCode`
 */
export async function runNode(argv: readonly string[] = nodeProcess.argv.slice(2)): Promise<number> {
  const io = nodeIO();
  try {
    return await main(argv, io);
  } finally {
    // Stop reading standard input if the run ended before its end (a bad JSON line, a usage
    // error), so that the process can exit.
    nodeProcess.stdin.destroy();
  }
}

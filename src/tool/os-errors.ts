/**
 * Operating-system errors as CPython reports them: the last line of its traceback
 * (`FileNotFoundError: [Errno 2] No such file or directory: 'x.json'`).
 * @module
 */
import { pyStrRepr } from '../float.js';

/** errno values and texts (Linux/glibc), and the Python exception class, by Node error code. */
const ERRNO: Readonly<Record<string, [number, string, string]>> = {
  EPERM: [1, 'Operation not permitted', 'PermissionError'],
  ENOENT: [2, 'No such file or directory', 'FileNotFoundError'],
  EIO: [5, 'Input/output error', 'OSError'],
  ENXIO: [6, 'No such device or address', 'OSError'],
  EBADF: [9, 'Bad file descriptor', 'OSError'],
  EAGAIN: [11, 'Resource temporarily unavailable', 'BlockingIOError'],
  ENOMEM: [12, 'Cannot allocate memory', 'MemoryError'],
  EACCES: [13, 'Permission denied', 'PermissionError'],
  EBUSY: [16, 'Device or resource busy', 'OSError'],
  EEXIST: [17, 'File exists', 'FileExistsError'],
  ENODEV: [19, 'No such device', 'OSError'],
  ENOTDIR: [20, 'Not a directory', 'NotADirectoryError'],
  EISDIR: [21, 'Is a directory', 'IsADirectoryError'],
  EINVAL: [22, 'Invalid argument', 'OSError'],
  ENFILE: [23, 'Too many open files in system', 'OSError'],
  EMFILE: [24, 'Too many open files', 'OSError'],
  ETXTBSY: [26, 'Text file busy', 'OSError'],
  EFBIG: [27, 'File too large', 'OSError'],
  ENOSPC: [28, 'No space left on device', 'OSError'],
  EROFS: [30, 'Read-only file system', 'OSError'],
  EPIPE: [32, 'Broken pipe', 'BrokenPipeError'],
  ENAMETOOLONG: [36, 'File name too long', 'OSError'],
  ELOOP: [40, 'Too many levels of symbolic links', 'OSError'],
  EDQUOT: [122, 'Disk quota exceeded', 'OSError'],
};

export function errorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * The one line pyjson prints for a file that cannot be opened, read or written: the last line
 * of the traceback CPython 3.14 prints there, e.g.
 * `FileNotFoundError: [Errno 2] No such file or directory: 'x.json'`.
 */
export function describeFileError(e: unknown, path: string | null): string {
  const code = errorCode(e);
  const known = code ? ERRNO[code] : undefined;
  const where = path === null ? '' : `: ${pyStrRepr(path)}`;
  if (known) return `${known[2]}: [Errno ${known[0]}] ${known[1]}${where}`;
  const message = e instanceof Error ? e.message : String(e);
  return `OSError: ${code ? `[${code}] ` : ''}${message}${where}`;
}

export class FileError extends Error {
  constructor(
    override readonly cause: unknown,
    readonly path: string | null,
  ) {
    super(describeFileError(cause, path));
  }
}

export async function wrapFile<T>(path: string | null, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (errorCode(e) === 'EPIPE' || e instanceof FileError) throw e;
    throw new FileError(e, path);
  }
}

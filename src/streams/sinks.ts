/**
 * Where `dumpAsync` writes: a Node `Writable`, a WHATWG `WritableStream` or any object with
 * `write()`, each behind one small interface that honours the stream's backpressure.
 * @module
 */
import { typeName } from '../names.js';
import { isObject, type AsyncTextWriter, type NodeWritableLike, type WritableStreamLike, type WritableTarget } from './types.js';

export interface Sink {
  /** Writes one batch; resolves when more may be written (backpressure). */
  write(text: string): Promise<void> | void;
  /** Resolves once everything written so far has been accepted (and the stream ended when `end`). */
  finish(end: boolean): Promise<void>;
  /** Detaches from the stream (listeners, writer lock). */
  release(): void;
}

export function openSink(stream: WritableTarget): Sink {
  if (isObject(stream)) {
    const s = stream as Record<string, unknown>;
    if (typeof s.getWriter === 'function') return webSink(stream as WritableStreamLike<string>);
    // `end` too: a fs.promises FileHandle has write/once/on but is no stream.
    if (typeof s.write === 'function' && typeof s.once === 'function' && typeof s.on === 'function' && typeof s.end === 'function') {
      return nodeSink(stream as NodeWritableLike);
    }
    if (typeof s.write === 'function') return writerSink(stream as AsyncTextWriter);
  }
  throw new TypeError(
    `dumpAsync() needs a Node Writable, a WritableStream or an object with a write() method, not ${typeName(stream)}`,
  );
}

function writerSink(fp: AsyncTextWriter): Sink {
  return {
    write(text) {
      const r = fp.write(text) as { then?: unknown } | undefined;
      if (isObject(r) && typeof r.then === 'function') return Promise.resolve(r).then(() => undefined);
    },
    async finish() {},
    release() {},
  };
}

function nodeSink(stream: NodeWritableLike): Sink {
  let failure: { error: unknown } | null = null;
  let closed = false;
  const waiters = new Set<() => void>();
  const wakeAll = () => {
    for (const w of [...waiters]) w();
  };
  const onError = (error: unknown) => {
    failure ??= { error };
    wakeAll();
  };
  const onClose = () => {
    closed = true;
    wakeAll();
  };
  // Listening for 'error' turns the stream's error into this call's rejection (instead of an
  // unhandled 'error' event) while the document is being written.
  stream.on('error', onError);
  stream.on('close', onClose);
  const check = () => {
    if (failure !== null) throw failure.error;
    if (closed) throw prematureClose();
  };
  // The listener is attached at once: a stream whose writes complete synchronously emits the
  // event on the next tick, before an await on the caller's side would have attached it.
  const waitFor = (event: string) =>
    new Promise<void>((resolve) => {
      const done = () => {
        stream.removeListener(event, done);
        waiters.delete(done);
        resolve();
      };
      waiters.add(done);
      stream.once(event, done);
    });
  let drained: Promise<void> | null = stream.writableNeedDrain === true ? waitFor('drain') : null;
  let lastWrite: Promise<void> = Promise.resolve();
  return {
    async write(text) {
      if (drained !== null) {
        await drained;
        drained = null;
      }
      check();
      lastWrite = new Promise<void>((resolve, reject) => {
        if (!stream.write(text, (error) => (error ? reject(error) : resolve()))) drained = waitFor('drain');
      });
      lastWrite.catch(() => {}); // observed through 'error' and finish()
    },
    async finish(end) {
      check();
      if (end) {
        const finished = waitFor('finish');
        stream.end();
        await finished;
      } else {
        await lastWrite;
      }
      if (failure !== null) throw failure.error;
    },
    release() {
      stream.removeListener('error', onError);
      stream.removeListener('close', onClose);
      wakeAll();
    },
  };
}

function prematureClose(): Error {
  return Object.assign(new Error('Premature close: the stream closed before the document was written'), {
    code: 'ERR_STREAM_PREMATURE_CLOSE',
  });
}

function webSink(stream: WritableStreamLike<string>): Sink {
  const writer = stream.getWriter();
  let lastWrite: Promise<void> = Promise.resolve();
  return {
    async write(text) {
      await writer.ready; // rejects with the stream's error
      lastWrite = writer.write(text);
      lastWrite.catch(() => {}); // observed through ready / finish()
    },
    async finish(end) {
      if (end) await writer.close();
      else await lastWrite;
    },
    release() {
      writer.releaseLock();
    },
  };
}

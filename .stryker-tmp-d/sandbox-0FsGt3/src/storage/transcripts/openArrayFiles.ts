/**
 * Open handles to JSON-array transcript files, with the offset where each file's `\n]\n` tail starts, so that an
 * append is one positioned write instead of open + stat + read + write + close. Under load those five file
 * operations per batch filled libuv's four-thread pool and every other file operation (the feedback file, state
 * snapshots) queued behind them (issue #8).
 *
 * Bounded: at most `capacity` handles; the least recently used idle one is closed to make room. A handle is only
 * used inside its own key's write batch (`KeyedWriteBatcher` runs one batch per key at a time), so "idle" means no
 * batch for that file is running. This store must be the files' only writer (one bot process per folder; several
 * instances use Blob transcripts instead, issue #7): the cached offset is trusted.
 *
 * The append itself is a synchronous positioned write. Measured on this machine (2026-11-29): a 5 KB write into the
 * page cache costs ~6 µs synchronously, while an asynchronous `FileHandle.write` costs ~46 µs of main-thread time
 * to dispatch plus a thread-pool round trip; under load the asynchronous writes were 0.2 ms of every turn's CPU.
 * The trade-off: a stalled disk would block the event loop for that write. This store is the embedded default for
 * one instance on local disk; deployments write transcripts to Blob storage (issue #7).
 */
// @ts-nocheck

import { promises as fs, writeSync } from 'node:fs';

export const ARRAY_TAIL = '\n]\n';

interface OpenFile {
  handle: fs.FileHandle;
  /** Where the tail starts: the next append is written here. */
  tailOffset: number;
  inUse: boolean;
}

export class OpenArrayFiles {
  private readonly files = new Map<string, OpenFile>();

  constructor(private readonly capacity = 256) {}

  /**
   * Appends JSON values to an existing array file. Returns false when the file is missing or was not written by
   * this store (no trusted tail); the caller then creates or rewrites it.
   */
  async append(file: string, json: string): Promise<boolean> {
    const cached = this.files.get(file);
    if (cached !== undefined) {
      cached.inUse = true;
    }
    // A freshly opened entry is created in use, so no other key's eviction can close it before the write.
    const open = cached ?? (await this.open(file));
    if (open === undefined) {
      return false;
    }
    try {
      const text = Buffer.from(`,\n${json}${ARRAY_TAIL}`, 'utf8');
      writeFully(open.handle.fd, text, open.tailOffset);
      open.tailOffset += text.length - ARRAY_TAIL.length;
      // Most recently used last, so eviction takes the first idle entry.
      this.files.delete(file);
      this.files.set(file, open);
      return true;
    } catch (error) {
      await this.forget(file);
      throw error;
    } finally {
      open.inUse = false;
    }
  }

  /** Closes and forgets a file's handle (before it is replaced, rewritten or deleted). */
  async forget(file: string): Promise<void> {
    const open = this.files.get(file);
    this.files.delete(file);
    await open?.handle.close().catch(() => undefined);
  }

  /** Closes every handle (at shutdown, after the last write). */
  async closeAll(): Promise<void> {
    const all = [...this.files.values()];
    this.files.clear();
    await Promise.all(all.map((open) => open.handle.close().catch(() => undefined)));
  }

  private async open(file: string): Promise<OpenFile | undefined> {
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(file, 'r+');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return undefined;
      }
      throw error;
    }
    try {
      const { size } = await handle.stat();
      const tail = Buffer.alloc(ARRAY_TAIL.length);
      await handle.read(tail, 0, ARRAY_TAIL.length, Math.max(0, size - ARRAY_TAIL.length));
      if (size < ARRAY_TAIL.length + 2 || tail.toString('utf8') !== ARRAY_TAIL) {
        await handle.close();
        return undefined;
      }
      const open: OpenFile = { handle, tailOffset: size - ARRAY_TAIL.length, inUse: true };
      await this.makeRoom();
      this.files.set(file, open);
      return open;
    } catch (error) {
      await handle.close().catch(() => undefined);
      throw error;
    }
  }

  private async makeRoom(): Promise<void> {
    if (this.files.size < this.capacity) {
      return;
    }
    for (const [file, open] of this.files) {
      if (!open.inUse) {
        await this.forget(file);
        return;
      }
    }
  }
}

/** `writeSync` may write less than asked; loop until the whole buffer is at `position`. */
function writeFully(fd: number, buffer: Buffer, position: number): void {
  let written = 0;
  while (written < buffer.length) {
    written += writeSync(fd, buffer, written, buffer.length - written, position + written);
  }
}

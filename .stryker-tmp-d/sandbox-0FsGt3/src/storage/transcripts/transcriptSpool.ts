/**
 * A bounded on-disk spool for transcript entries while the transcript store is down (issue #18): entries are
 * appended as JSON lines (one synchronous append, like the feedback sink, so an entry is on disk before the turn's
 * HTTP response ends) and written to the store, in order, once it answers again. The spool never holds more than
 * `maxBytes`; entries beyond that are dropped and counted, so an outage cannot fill the disk.
 *
 * Files: `spool-<pid>.jsonl` is appended to; draining first renames it to `drain-<pid>-<n>.jsonl`, so new entries
 * never mix with a file being drained. At start the spool claims every file a process no longer running left
 * behind (a crash, a restart with the same pid in a container), so those entries are written too.
 */
// @ts-nocheck

import { appendFileSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SPOOL_FILE = /^spool-(\d+)\.jsonl$/;
const DRAIN_FILE = /^drain-(\d+)-(\d+)\.jsonl$/;

export interface SpoolDrainResult {
  written: number;
  remaining: number;
}

export class TranscriptSpool {
  private bytes = 0;
  private sequence = 0;
  private draining: Promise<SpoolDrainResult> | undefined;
  /** Entries dropped because the spool was full, since start. */
  dropped = 0;

  constructor(
    readonly folder: string,
    readonly maxBytes: number,
    private readonly pid = process.pid,
  ) {
    mkdirSync(folder, { recursive: true });
    this.claimLeftovers();
  }

  /** True while some entry waits on disk. */
  isEmpty(): boolean {
    return this.bytes === 0;
  }

  /** Appends entries (already redacted); returns how many were dropped because the spool is full. */
  add(entries: readonly unknown[]): number {
    let dropped = 0;
    let text = '';
    for (const entry of entries) {
      const line = `${JSON.stringify(entry)}\n`;
      const size = Buffer.byteLength(line);
      if (this.bytes + Buffer.byteLength(text) + size > this.maxBytes) {
        dropped += 1;
      } else {
        text += line;
      }
    }
    if (text !== '') {
      appendFileSync(this.activeFile(), text, 'utf8');
      this.bytes += Buffer.byteLength(text);
    }
    this.dropped += dropped;
    return dropped;
  }

  /**
   * Writes the spooled entries with `write`, oldest first, and removes each file once all of it is written. Stops
   * at the first failure (the store is still down) and keeps the rest. One drain at a time.
   */
  drain(write: (entry: unknown) => Promise<void>): Promise<SpoolDrainResult> {
    this.draining ??= this.drainOnce(write).finally(() => {
      this.draining = undefined;
    });
    return this.draining;
  }

  private async drainOnce(write: (entry: unknown) => Promise<void>): Promise<SpoolDrainResult> {
    this.rotateActive();
    let written = 0;
    for (const file of this.ownDrainFiles()) {
      const lines = readFileSync(file, 'utf8').split('\n').filter((line) => line !== '');
      let done = 0;
      try {
        for (const line of lines) {
          await write(JSON.parse(line) as unknown);
          done += 1;
          written += 1;
        }
      } finally {
        if (done === lines.length) {
          unlinkSync(file);
        } else if (done > 0) {
          writeAtomically(file, lines.slice(done).map((line) => `${line}\n`).join(''));
        }
        this.bytes = this.measure();
      }
      if (done < lines.length) {
        break;
      }
    }
    return { written, remaining: this.bytes };
  }

  private activeFile(): string {
    return path.join(this.folder, `spool-${this.pid}.jsonl`);
  }

  /** Moves the file being appended to aside for draining, so appends during the drain go to a new file. */
  private rotateActive(): void {
    try {
      renameSync(this.activeFile(), path.join(this.folder, `drain-${this.pid}-${this.nextSequence()}.jsonl`));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw error;
      }
    }
  }

  private ownDrainFiles(): string[] {
    return readdirSync(this.folder)
      .map((name) => ({ name, match: DRAIN_FILE.exec(name) }))
      .filter((item) => item.match !== null && Number(item.match[1]) === this.pid)
      .sort((a, b) => Number(a.match?.[2]) - Number(b.match?.[2]))
      .map((item) => path.join(this.folder, item.name));
  }

  private claimLeftovers(): void {
    const names = readdirSync(this.folder);
    for (const name of names) {
      const match = DRAIN_FILE.exec(name);
      if (match !== null && Number(match[1]) === this.pid) {
        this.sequence = Math.max(this.sequence, Number(match[2]) + 1);
      }
    }
    for (const name of names) {
      const match = SPOOL_FILE.exec(name) ?? DRAIN_FILE.exec(name);
      const owner = match === null ? undefined : Number(match[1]);
      // Our own pid at start means a previous process with the same pid (a container restart) left it.
      const leftover = owner !== undefined && (owner === this.pid ? SPOOL_FILE.test(name) : !isRunning(owner));
      if (leftover) {
        renameSync(path.join(this.folder, name), path.join(this.folder, `drain-${this.pid}-${this.nextSequence()}.jsonl`));
      }
    }
    this.bytes = this.measure();
  }

  private nextSequence(): number {
    const value = this.sequence;
    this.sequence += 1;
    return value;
  }

  private measure(): number {
    let total = 0;
    for (const name of readdirSync(this.folder)) {
      const match = SPOOL_FILE.exec(name) ?? DRAIN_FILE.exec(name);
      if (match !== null && Number(match[1]) === this.pid) {
        total += statSync(path.join(this.folder, name)).size;
      }
    }
    return total;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function writeAtomically(file: string, text: string): void {
  const temp = `${file}.tmp`;
  writeFileSync(temp, text, 'utf8');
  renameSync(temp, file);
}

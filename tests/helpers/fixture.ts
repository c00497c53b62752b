// Builds a throw-away copy of the real content with one deliberate mistake in it.
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');

/** A copy of content/ in a temporary folder, with helpers to break one file. */
export class ContentFixture {
  readonly dir: string;
  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync(join(ROOT, 'content'), this.dir, { recursive: true });
  }
  /** Replaces `from` with `to` in one file; throws if `from` is not there, so a fixture cannot silently do nothing. */
  edit(file: string, from: string | RegExp, to: string): this {
    const path = join(this.dir, file);
    const src = readFileSync(path, 'utf8');
    const out = src.replace(from, to);
    if (out === src) throw new Error(`fixture: ${String(from)} not found in ${file}`);
    writeFileSync(path, out);
    return this;
  }
  append(file: string, text: string): this {
    writeFileSync(join(this.dir, file), readFileSync(join(this.dir, file), 'utf8') + text);
    return this;
  }
  write(file: string, text: string): this {
    writeFileSync(join(this.dir, file), text);
    return this;
  }
  remove(file: string): this {
    unlinkSync(join(this.dir, file));
    return this;
  }
  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { migrationNames } from './migrate.js';

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

describe('migrations', () => {
  it('are numbered 0001 to N without gaps, one file each, every file registered', () => {
    const files = readdirSync(folder)
      .filter((f) => /^\d{4}_\w+\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(migrationNames).toEqual(files);
    expect(migrationNames.map((name) => Number(name.slice(0, 4)))).toEqual(migrationNames.map((_, i) => i + 1));
  });
});

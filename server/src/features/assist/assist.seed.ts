import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/**
 * The shipped training data: 2,801 real messages of the 2020 泰迪杯 C 题 set with a level-1 class predicted by a
 * third party's model (server/data/README.md): silver, not gold labels. From src/ and dist/ alike.
 */
export const SEED_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/messages_silver2801.jsonl.gz');

export interface SeedMessage {
  title: string;
  body: string;
  /** The level-1 class's name, as the taxonomy's first level writes it. */
  label: string;
}

let cached: SeedMessage[] | undefined;

export function seedMessages(): SeedMessage[] {
  cached ??= gunzipSync(readFileSync(SEED_FILE))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const m = JSON.parse(l) as { title: string; body: string; silver_label: string };
      return { title: m.title, body: m.body, label: m.silver_label };
    });
  return cached;
}

/** The key that places a text on one side of the held-out split: its words, wherever it came from. */
export const textKey = (title: string, content: string) => createHash('sha1').update(`${title.trim()}\n${content.trim()}`).digest('hex');

import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Text the server may send precompressed; woff2, images and the like are compressed already. */
const TEXT = /\.(?:js|mjs|css|html|svg|json|txt|xml|webmanifest|ttf|otf|eot)$/;

/**
 * Writes `name.br` (brotli, quality 11) and `name.gz` (gzip, level 9) beside every text file of the build, once, at
 * build time: the server sends the one the browser accepts (server/src/http/web-files.ts) without compressing per
 * request, and at the strongest settings, which would be too slow per request. A variant no smaller than its file
 * is not written (the server then sends the file itself).
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'xinfang-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const files = (await readdir(outDir, { recursive: true, withFileTypes: true }))
        .filter((f) => f.isFile() && TEXT.test(f.name))
        .map((f) => path.join(f.parentPath, f.name));
      await Promise.all(
        files.map(async (file) => {
          const content = await readFile(file);
          const variants: [string, Buffer][] = [
            [
              '.br',
              await brotli(content, {
                params: {
                  [constants.BROTLI_PARAM_QUALITY]: 11,
                  [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
                  [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
                },
              }),
            ],
            ['.gz', await gzipped(content, { level: 9 })],
          ];
          for (const [ext, packed] of variants) if (packed.length < content.length) await writeFile(file + ext, packed);
        }),
      );
    },
  };
}

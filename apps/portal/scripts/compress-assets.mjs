// After `vite build`: writes a brotli (.br) and a gzip (.gz) copy next to every text file in
// dist/, so the server sends precompressed files (@fastify/static `preCompressed`) at the
// strongest settings without compressing on each request. Source maps are left alone: browsers
// fetch them only with the developer tools open.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const COMPRESSIBLE = new Set(['.js', '.css', '.html', '.svg', '.json', '.txt', '.webmanifest']);
/** Below this, the headers of a second request cost more than compression saves. */
const MIN_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

async function filesUnder(folder) {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

async function compress(file) {
  const content = await readFile(file);
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
  return { raw: content.length, br: br.length };
}

const files = [];
for (const file of await filesUnder(dist)) {
  if (!COMPRESSIBLE.has(path.extname(file))) continue;
  if ((await stat(file)).size < MIN_BYTES) continue;
  files.push(file);
}
let raw = 0;
let br = 0;
for (const sizes of await Promise.all(files.map(compress))) {
  raw += sizes.raw;
  br += sizes.br;
}
console.log(
  `compress-assets: ${files.length} files, ${(raw / 1024).toFixed(0)} KB → ${(br / 1024).toFixed(0)} KB brotli`,
);

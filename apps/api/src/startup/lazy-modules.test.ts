import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Packages that take a noticeable part of a start (bench:start: pdf-lib alone was about a second
 * under load) and serve only some requests. Each must be loaded on first use (a dynamic
 * `import()` where it is needed), never by importing the server.
 */
const LOADED_ON_FIRST_USE = ['pdf-lib', 'write-excel-file', 'sanitize-html', 'yaml'];

/** The seed (demo content, generators) is needed only to fill an empty database. */
const SEED_MODULE = /packages\/db\/src\/seed\/seed-demo-data\.ts$/;

const apiRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Every module URL a fresh Node process loads when it imports the server and the start-up's modules. */
function modulesLoadedByStartUp(): string[] {
  // A load hook in Node's loader thread posts each URL back; tsx runs the TypeScript sources.
  const script = `
    import { register } from 'node:module';
    const { port1, port2 } = new MessageChannel();
    const urls = [];
    port1.on('message', (url) => urls.push(url));
    port1.unref();
    const hook = 'export async function initialize({ port }) { globalThis.port = port; }' +
      'export async function load(url, context, next) { globalThis.port.postMessage(url); return next(url, context); }';
    register('data:text/javascript,' + encodeURIComponent(hook), { data: { port: port2 }, transferList: [port2] });
    await import('./src/server.ts');
    await import('./src/startup/published-demo-password.ts');
    await import('@preceptor/db/seed');
    await new Promise((resolve) => setTimeout(resolve, 100));
    console.log(JSON.stringify(urls));
    process.exit(0);
  `;
  const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: apiRoot,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return JSON.parse(output.trim().split('\n').at(-1) ?? '[]') as string[];
}

describe('start-up', () => {
  it('loads the heavy, rarely needed packages on first use, not with the server', () => {
    const loaded = modulesLoadedByStartUp();
    // The hook sees the server's own modules: an empty list would make the checks below vacuous.
    expect(loaded.some((url) => url.endsWith('/src/server.ts'))).toBe(true);
    const packages = LOADED_ON_FIRST_USE.filter((name) =>
      loaded.some((url) => url.includes(`/node_modules/${name}/`)),
    );
    expect(packages).toEqual([]);
    expect(loaded.filter((url) => SEED_MODULE.test(url))).toEqual([]);
  });
});

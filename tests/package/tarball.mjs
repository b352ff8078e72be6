// Packs the library and installs the tarball into a fresh folder, as a user would.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');
export function run(cmd, args, cwd = root) {
  try {
    return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    // tsc and vite print their findings on stdout: without them a failure says nothing useful.
    error.message += `\n${error.stdout ?? ''}${error.stderr ?? ''}`;
    throw error;
  }
}

/** Returns { work, tarball, app, cleanup }: `app` has `movewell-widgets` installed from the tarball. */
export function installTarball(extraPackages = []) {
  if (!existsSync(join(root, 'dist/cdn.js'))) run('npm', ['run', 'build']);
  const work = mkdtempSync(join(tmpdir(), 'movewell-pack-'));
  const packed = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work]));
  const tarball = join(work, packed[0].filename);
  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, ...extraPackages], app);
  return { work, tarball, app, cleanup: () => rmSync(work, { recursive: true, force: true }) };
}

/** Returns { work, dir, cleanup }: `dir` holds the tarball's files (`dist/…`) as a CDN serves them. */
export function unpackTarball() {
  if (!existsSync(join(root, 'dist/cdn.js'))) run('npm', ['run', 'build']);
  const work = mkdtempSync(join(tmpdir(), 'movewell-unpacked-'));
  const packed = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work]));
  run('tar', ['-xzf', join(work, packed[0].filename), '-C', work]);
  return { work, dir: join(work, 'package'), cleanup: () => rmSync(work, { recursive: true, force: true }) };
}

/** An import map's entries for Lit as installed in the app's node_modules, served at /node_modules. */
export const litImports = (nm = '/node_modules') => ({
  lit: `${nm}/lit/index.js`,
  'lit/': `${nm}/lit/`,
  'lit-html': `${nm}/lit-html/lit-html.js`,
  'lit-html/': `${nm}/lit-html/`,
  'lit-element/': `${nm}/lit-element/`,
  '@lit/reactive-element': `${nm}/@lit/reactive-element/reactive-element.js`,
  '@lit/reactive-element/': `${nm}/@lit/reactive-element/`,
  '@lit/context': `${nm}/@lit/context/index.js`,
});

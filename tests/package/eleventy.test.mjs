// The README's Eleventy setup, run as written: a static site whose pages carry the widgets
// already rendered (declarative shadow DOM), from the packed tarball and @lit-labs/eleventy-plugin-lit.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { installTarball, root, run } from './tarball.mjs';

let installed, app;

before(() => {
  installed = installTarball(['@11ty/eleventy@^3.1.8', '@lit-labs/eleventy-plugin-lit@^1.0.6']);
  ({ app } = installed);
});

after(() => installed?.cleanup());

/** The first fenced block after `marker` in the README, so the test runs what users copy. */
function readmeBlock(marker, language) {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const from = readme.indexOf(marker);
  assert.ok(from >= 0, `README has "${marker}"`);
  const block = readme.slice(from).match(new RegExp('```' + language + '\\n([^]*?)```'));
  return block[1];
}

describe('Eleventy with @lit-labs/eleventy-plugin-lit', () => {
  it('builds pages with the card and the banner rendered to declarative shadow DOM', () => {
    writeFileSync(join(app, 'eleventy.config.mjs'), readmeBlock('With **Eleventy**', 'js'));
    mkdirSync(join(app, 'src'));
    const page = readmeBlock('Then write the tags in any page', 'html').replace(/<script[^]*<\/script>/, '');
    writeFileSync(join(app, 'src/index.html'), `<!doctype html><html lang="en"><body>${page}</body></html>`);
    run(join(app, 'node_modules/.bin/eleventy'), ['--input=src', '--output=_site', '--quiet'], app);
    const html = readFileSync(join(app, '_site/index.html'), 'utf8');
    for (const tag of ['mw-exercise-card', 'mw-book-now']) {
      assert.match(html, new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`), tag);
    }
    const text = html.replace(/<style>[^]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ');
    assert.match(text, /Glute bridge/);
    assert.match(text, /Book a session/);
    assert.match(
      html,
      /<a [^>]*part="button"[^>]*href="https:\/\/clinic\.example\/book"|href="https:\/\/clinic\.example\/book"[^>]*part="button"/,
    );
  });
});

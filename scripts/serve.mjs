// A tiny static file server on 127.0.0.1 for the story and package checks (no dependencies).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * Serves `root`; `headers` are added to every answer (e.g. a Content-Security-Policy), `inject`
 * is a script put first in every HTML page's head. `responses` lists each answer's status.
 */
export async function serve(root, { headers = {}, inject } = {}) {
  const responses = [];
  const server = createServer(async (request, response) => {
    response.on('finish', () => responses.push({ url: request.url, status: response.statusCode }));
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      if (inject && extname(file) === '.html') {
        body = body.toString('utf8').replace(/<head[^>]*>/i, (head) => `${head}<script>${inject}</script>`);
      }
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    responses,
    close: () => new Promise((r) => server.close(r)),
  };
}

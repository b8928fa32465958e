// A second origin for the embed's end-to-end tests: serves a host page with hostile CSS, the same page
// without the loader (to compare its styles), and the article, with CORS, as a newsroom's server would.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

export interface HostServer {
  /** http://localhost:<port>/ — another origin than the app's preview server. */
  origin: string;
  close(): Promise<void>;
}

const hostPage = fileURLToPath(new URL('./hostile.html', import.meta.url));
const articles = fileURLToPath(new URL('../../public/articles/', import.meta.url));
const safeArticle = /^\/articles\/([\w.-]+\.(?:txt|html?|json))$/;

/** `loaderUrl` is the embed.js under test, e.g. http://localhost:4173/embed.js. */
export async function startHostServer(loaderUrl: string): Promise<HostServer> {
  const template = await readFile(hostPage, 'utf8');
  const pages: Record<string, string> = {
    '/hostile.html': template.replace('<!--LOADER-->', `<script async src="${loaderUrl}"></script>`),
    '/hostile-plain.html': template,
  };

  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    const page = pages[path];
    if (page) {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(page);
      return;
    }
    const article = safeArticle.exec(path);
    if (article) {
      readFile(articles + article[1])
        .then((body) => {
          response.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'Access-Control-Allow-Origin': '*' });
          response.end(body);
        })
        .catch(() => {
          response.writeHead(404, { 'Access-Control-Allow-Origin': '*' });
          response.end('Not found');
        });
      return;
    }
    response.writeHead(404);
    response.end('Not found');
  });

  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

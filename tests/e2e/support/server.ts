// Local fixture server for end-to-end tests and the demo.
//
// One port on 127.0.0.1 speaks both HTTPS (throw-away certificate for *.zendesk.com,
// *.freshdesk.com and localhost, generated with openssl at start) and plain HTTP (the first
// byte of each connection decides). Chromium maps the helpdesk host names to this port
// (--host-resolver-rules), so https://acme.zendesk.com/agent/tickets/101 reaches the fixture
// and the extension's production match patterns apply. Every request is logged (host + path),
// including requests for hosts we do not serve: that log is the privacy test's evidence.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { buildFixtures } from '../../fixtures/build';

export interface LoggedRequest {
  /** milliseconds since the server started */
  t: number;
  method: string;
  /** Host header without the port (what the browser asked for) */
  host: string;
  path: string;
  tls: boolean;
  status: number;
  userAgent?: string;
  /** Request headers that tell who asked: origin, referer, sec-fetch-*, x-goog-update-* */
  headers: Record<string, string>;
}

export interface FixtureServer {
  port: number;
  /** Every request seen, oldest first (the /__requests endpoint itself is not logged). */
  readonly requests: LoggedRequest[];
  /** Directory holding cert.pem / key.pem (deleted on close). */
  certDir: string;
  /** Chromium --host-resolver-rules value mapping the helpdesk domains (and, with catchAll, every host) here. */
  hostResolverRules(opts?: { catchAll?: boolean }): string;
  clearRequests(): void;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** The custom helpdesk domain of the generic fixture: https://help.acme-support.test/ticket/<id>
 *  (`.test` is reserved, RFC 2606: it can never be a real site). */
export const GENERIC_DOMAIN = 'acme-support.test';
export const GENERIC_HOST = `help.${GENERIC_DOMAIN}`;

export function makeCertificate(): string {
  const dir = mkdtempSync(join(tmpdir(), 'calmreply-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
        '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2',
        '-subj', '/CN=CalmReply test fixture',
        '-addext', `subjectAltName=DNS:*.zendesk.com,DNS:*.freshdesk.com,DNS:*.${GENERIC_DOMAIN},DNS:localhost,IP:127.0.0.1`,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    const e = err as { code?: string; stderr?: Buffer };
    if (e.code === 'ENOENT') throw new Error('openssl not found: install it with `apt-get install -y openssl`');
    throw new Error(`openssl failed to create the test certificate: ${e.stderr?.toString() ?? String(err)}`);
  }
  return dir;
}

export async function startFixtureServer(opts: { port?: number } = {}): Promise<FixtureServer> {
  const fixturesDir = await buildFixtures();
  const certDir = makeCertificate();
  const started = Date.now();
  const requests: LoggedRequest[] = [];

  function sendFile(res: http.ServerResponse, file: string): number {
    if (!existsSync(file) || !statSync(file).isFile()) return notFound(res);
    res.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(readFileSync(file));
    return 200;
  }

  function notFound(res: http.ServerResponse, text = 'not found'): number {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end(text);
    return 404;
  }

  /** `/__fixtures/<name>/<file>` from the built fixture `name`, never outside its directory. */
  function fixtureFile(res: http.ServerResponse, name: string, path: string): number | null {
    const m = new RegExp(`^/__fixtures/${name}/([\\w.-]+)$`).exec(path);
    if (!m) return null;
    const dir = join(fixturesDir, name);
    const file = normalize(join(dir, m[1]!));
    if (!file.startsWith(dir + sep)) return notFound(res);
    return sendFile(res, file);
  }

  function route(req: http.IncomingMessage, res: http.ServerResponse, host: string, path: string): number {
    if (path === '/__requests') {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(JSON.stringify(requests, null, 1));
      return 200;
    }
    if (host.endsWith('.zendesk.com') || host === 'localhost' || host === '127.0.0.1') {
      if (/^\/agent\/tickets\/\d+\/?$/.test(path)) return sendFile(res, join(fixturesDir, 'zendesk', 'index.html'));
      if (path === '/' || path === '/agent' || path === '/agent/') {
        res.writeHead(302, { location: '/agent/tickets/101' });
        res.end();
        return 302;
      }
      return fixtureFile(res, 'zendesk', path) ?? notFound(res);
    }
    if (host.endsWith('.freshdesk.com')) {
      if (/^\/a\/tickets\/\d+\/?$/.test(path)) return sendFile(res, join(fixturesDir, 'freshdesk', 'index.html'));
      return fixtureFile(res, 'freshdesk', path) ?? notFound(res);
    }
    if (host === GENERIC_HOST) {
      // A home-made helpdesk on a domain the agent adds in CalmReply's options (generic adapter).
      if (/^\/ticket\/\d+\/?$/.test(path)) return sendFile(res, join(fixturesDir, 'generic', 'index.html'));
      return notFound(res);
    }
    return notFound(res, `the fixture server does not serve ${host}`);
  }

  function handler(tls: boolean) {
    return (req: http.IncomingMessage, res: http.ServerResponse) => {
      let host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
      let path = (req.url ?? '/').split('?')[0]!;
      if (/^https?:\/\//i.test(req.url ?? '')) {
        // A browser using this server as its HTTP proxy sends absolute URLs.
        const u = new URL(req.url!);
        host = u.hostname.toLowerCase();
        path = u.pathname;
      }
      let status = 500;
      try {
        status = route(req, res, host, path);
      } catch (err) {
        res.writeHead(500).end(String(err));
      }
      if (path !== '/__requests') {
        requests.push({
          t: Date.now() - started,
          method: req.method ?? 'GET',
          host,
          path,
          tls,
          status,
          userAgent: req.headers['user-agent'],
          headers: Object.fromEntries(
            Object.entries(req.headers)
              .filter(([k]) => /^(origin|referer|sec-fetch-|x-goog-update-)/.test(k))
              .map(([k, v]) => [k, String(v)]),
          ),
        });
      }
    };
  }

  const httpsServer = https.createServer(
    { key: readFileSync(join(certDir, 'key.pem')), cert: readFileSync(join(certDir, 'cert.pem')) },
    handler(true),
  );
  const httpServer = http.createServer(handler(false));
  httpsServer.on('tlsClientError', () => {
    /* browsers probing; nothing to do */
  });
  // TLS cannot take over a socket whose first bytes were already read in JS (it reads the
  // native handle), so TLS connections are piped to the HTTPS server on its own loopback port.
  await new Promise<void>((ok) => httpsServer.listen(0, '127.0.0.1', () => ok()));
  const httpsPort = (httpsServer.address() as net.AddressInfo).port;
  const sockets = new Set<net.Socket>();
  // Also an HTTP proxy (for Firefox, which has no --host-resolver-rules): CONNECT host:443 is
  // tunnelled to the HTTPS server, whatever the host, and logged.
  httpServer.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const target = (req.url ?? '').toLowerCase();
    requests.push({
      t: Date.now() - started,
      method: 'CONNECT',
      host: target.replace(/:\d+$/, ''),
      path: target,
      tls: false,
      status: 200,
      userAgent: req.headers['user-agent'],
      headers: {},
    });
    track(client);
    const inner = net.connect(httpsPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) inner.write(head);
      client.pipe(inner);
      inner.pipe(client);
    });
    track(inner);
    inner.on('close', () => client.destroy());
    client.on('close', () => inner.destroy());
  });
  const track = (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => s.destroy());
  };
  const front = net.createServer((socket) => {
    track(socket);
    socket.once('data', (chunk) => {
      if (chunk[0] === 0x16) {
        // TLS handshake record
        socket.pause();
        const inner = net.connect(httpsPort, '127.0.0.1', () => {
          inner.write(chunk);
          socket.pipe(inner);
          inner.pipe(socket);
          socket.resume();
        });
        track(inner);
        inner.on('close', () => socket.destroy());
        socket.on('close', () => inner.destroy());
      } else {
        socket.pause();
        socket.unshift(chunk);
        httpServer.emit('connection', socket);
        socket.resume();
      }
    });
  });
  await new Promise<void>((ok, fail) => {
    front.once('error', fail);
    front.listen(opts.port ?? 0, '127.0.0.1', () => ok());
  });
  const port = (front.address() as net.AddressInfo).port;

  return {
    port,
    requests,
    certDir,
    hostResolverRules({ catchAll = false } = {}) {
      const rules = [`MAP *.zendesk.com 127.0.0.1:${port}`, `MAP *.freshdesk.com 127.0.0.1:${port}`, `MAP ${GENERIC_HOST} 127.0.0.1:${port}`];
      if (catchAll) rules.push(`MAP * 127.0.0.1:${port}`, 'EXCLUDE localhost', 'EXCLUDE 127.0.0.1');
      return rules.join(', ');
    },
    clearRequests() {
      requests.length = 0;
    },
    async close() {
      for (const s of sockets) s.destroy();
      httpServer.close();
      await Promise.all([
        new Promise<void>((ok) => front.close(() => ok())),
        new Promise<void>((ok) => httpsServer.close(() => ok())),
      ]);
      rmSync(certDir, { recursive: true, force: true });
    },
  };
}

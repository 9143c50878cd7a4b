/**
 * The `node:http` server the API's listener runs in, in production (main.ts) and in the tests
 * alike. Node refuses some requests in its parser, before any listener or Yoga plugin sees them
 * (a request line or headers over its 16 kB limit, malformed HTTP), and by default answers them
 * with an empty body; here they get the same JSON error shape, with a code, as every other refusal.
 */
import { createServer, STATUS_CODES, type RequestListener, type Server } from 'node:http';
import type { Socket } from 'node:net';

/** What the parser's refusals are answered with: status, message and code, by Node's error code. */
function refusalOf(code: string | undefined): { status: number; message: string; code: string } {
  if (code === 'HPE_HEADER_OVERFLOW') {
    return { status: 431, message: 'The request line or headers are too large: send long operations as a POST body.', code: 'REQUEST_HEADER_FIELDS_TOO_LARGE' };
  }
  return { status: 400, message: 'The request is not valid HTTP.', code: 'BAD_REQUEST' };
}

/** A server for `listener` that answers what Node's HTTP parser refuses as JSON with a code. */
export function createHttpServer(listener: RequestListener): Server {
  const server = createServer(listener);
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    // A connection the client already dropped, or one whose answer has begun, cannot take another
    // (Node keeps the answer in flight on the socket, as its own default handler reads it).
    const inFlight = (socket as Socket & { _httpMessage?: { headersSent: boolean } })._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
      socket.destroy();
      return;
    }
    const refusal = refusalOf(error.code);
    const body = JSON.stringify({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });
    socket.end(
      `HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status]}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  });
  return server;
}

import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  /** The whole message as it arrived (headers and MIME parts). */
  raw: string;
  /** `raw` with quoted-printable soft breaks and escapes undone, for searching text and links. */
  decoded: string;
  /** A header's value (first occurrence, unfolded), or undefined. */
  header(name: string): string | undefined;
}

/** A real SMTP server on a free local port that keeps what it receives; it can refuse on demand. */
export async function startSmtpInbox() {
  const received: ReceivedMail[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (refusals > 0) {
          refusals--;
          const error = Object.assign(new Error('Mailbox busy, try later'), { responseCode: 451 });
          callback(error);
          return;
        }
        received.push(
          parse(
            session.envelope.rcptTo.map((r) => r.address),
            Buffer.concat(chunks),
          ),
        );
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** Refuses the next `count` messages with a temporary failure (451). */
    refuseNext(count: number) {
      refusals = count;
    },
    to: (address: string) => received.filter((mail) => mail.to.includes(address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
export type SmtpInbox = Awaited<ReturnType<typeof startSmtpInbox>>;

function parse(to: string[], bytes: Buffer): ReceivedMail {
  const raw = bytes.toString('utf8');
  const decoded = raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  const headerBlock = raw.split(/\r?\n\r?\n/)[0] ?? '';
  const unfolded = headerBlock.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/);
  return {
    to,
    raw,
    decoded: Buffer.from(decoded, 'latin1').toString('utf8'),
    header(name) {
      const prefix = `${name.toLowerCase()}:`;
      const line = unfolded.find((l) => l.toLowerCase().startsWith(prefix));
      return line?.slice(prefix.length).trim();
    },
  };
}

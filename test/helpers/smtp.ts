// A real SMTP server on loopback for the tests (smtp-server), keeping every message it is sent, parsed
// (mailparser), so a test reads the email Accord sent and follows its link.
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';

export interface Received {
  to: string;
  subject: string;
  text: string;
}

export interface TestSmtp {
  url: string;
  messages: Received[];
  /** The next message to `to` (one already received counts), or a failure after `timeoutMs`. */
  next(to: string, timeoutMs?: number): Promise<Received>;
  close(): Promise<void>;
}

export async function startSmtp(): Promise<TestSmtp> {
  const messages: Received[] = [];
  const waiting: Array<{ to: string; resolve: (m: Received) => void }> = [];
  const taken = new Set<Received>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail: ParsedMail) => {
          const to = [mail.to].flat().flatMap((a) => a?.value ?? []).map((v) => v.address ?? '').join(',');
          const message = { to, subject: mail.subject ?? '', text: mail.text ?? '' };
          messages.push(message);
          const i = waiting.findIndex((w) => to.includes(w.to));
          if (i >= 0) {
            taken.add(message);
            waiting.splice(i, 1)[0]!.resolve(message);
          }
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    next(to, timeoutMs = 5000) {
      const already = messages.find((m) => m.to.includes(to) && !taken.has(m));
      if (already) {
        taken.add(already);
        return Promise.resolve(already);
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no email to ${to} within ${timeoutMs} ms`)), timeoutMs);
        waiting.push({ to, resolve: (m) => (clearTimeout(timer), resolve(m)) });
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

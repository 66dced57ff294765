// Accord's email, sent over SMTP with nodemailer (SMTP_URL). Off when SMTP_URL is unset: then there is
// no mailer, and the pages that would send say so (an administrator sets passwords instead). Messages
// are plain text: every mail client shows them, and a link is the whole of what they carry.
import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  /** The address links in messages start with (PUBLIC_URL), never one a request chose. */
  readonly publicUrl: string;
}

export function smtpMailer(settings: { url: string; from: string; publicUrl: string }): Mailer {
  const transport = nodemailer.createTransport(settings.url);
  return {
    publicUrl: settings.publicUrl,
    async send(message) {
      await transport.sendMail({ from: settings.from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}

export function mailerFrom(config: { SMTP_URL?: string | undefined; MAIL_FROM?: string | undefined; PUBLIC_URL?: string | undefined }): Mailer | null {
  if (!config.SMTP_URL || !config.MAIL_FROM || !config.PUBLIC_URL) return null;
  return smtpMailer({ url: config.SMTP_URL, from: config.MAIL_FROM, publicUrl: config.PUBLIC_URL });
}

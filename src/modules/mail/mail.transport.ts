import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';

/** A file sent with a message (the `.ics` of an appointment): its content in base64. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  contentBase64: string;
}

export interface MailEnvelope {
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: MailAttachment[];
}

/**
 * Where messages go: a real SMTP server, or `.eml` files kept on disk when no SMTP is set
 * (they also stay readable in the staff outbox page).
 */
export interface MailTransport {
  readonly kind: 'smtp' | 'files';
  send(message: MailEnvelope): Promise<void>;
}

function toNodemailer(message: MailEnvelope) {
  return {
    from: message.from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    messageId: `<${message.id}@relais>`,
    headers: { 'Content-Language': 'fr' },
    attachments: (message.attachments ?? []).map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      content: Buffer.from(a.contentBase64, 'base64'),
    })),
  };
}

export function smtpTransport(smtpUrl: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    kind: 'smtp',
    async send(message) {
      await transporter.sendMail(toNodemailer(message));
    },
  };
}

export function fileTransport(directory: string): MailTransport {
  const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    kind: 'files',
    async send(message) {
      const info = await builder.sendMail(toNodemailer(message));
      await fs.mkdir(directory, { recursive: true });
      await fs.writeFile(path.join(directory, `${message.id}.eml`), info.message as Buffer);
    },
  };
}

export function transportFromConfig(config: { smtpUrl?: string; dataDir: string }): MailTransport {
  return config.smtpUrl ? smtpTransport(config.smtpUrl) : fileTransport(path.join(config.dataDir, 'mail'));
}

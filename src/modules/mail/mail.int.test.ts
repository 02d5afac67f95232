import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRelais, makeUser } from '../../../tests/support/factories.js';
import { createTestApp, login, sessionFrom, testConfig, type TestApp } from '../../../tests/support/test-app.js';
import { openTestDatabase } from '../../../tests/support/test-database.js';
import { createApp } from '../../app/create-app.js';
import { MAX_ATTEMPTS } from './mail.rules.js';
import { fileTransport, smtpTransport } from './mail.transport.js';
import { deliverDueMessages, queueMail } from './mail.usecases.js';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

/** A real SMTP peer on loopback that keeps every message it receives. */
async function startSmtpPeer(): Promise<{ url: string; received: string[]; close(): Promise<void> }> {
  const received: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push(Buffer.concat(chunks).toString('utf8'));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function decodeQuotedPrintable(raw: string): string {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

describe('mail over a real SMTP peer', () => {
  it('delivers the magic-link e-mail, and following the link signs the childminder in', async () => {
    const peer = await startSmtpPeer();
    const database = await openTestDatabase();
    // The app builds its transport from SMTP_URL: nodemailer over SMTP, no test double.
    const app = await createApp({ config: testConfig({ smtpUrl: peer.url }), database });
    try {
      await app.ready();
      expect(app.ctx.mailTransport.kind).toBe('smtp');
      const relais = await makeRelais(database.db);
      const am = await makeUser(database.db, { role: 'childminder', relaisId: relais.id });
      const r = await app.inject({ method: 'POST', url: '/api/auth/magic-link', payload: { email: am.email } });
      expect(r.statusCode).toBe(202);
      const report = await deliverDueMessages(app.ctx);
      expect(report).toEqual({ delivered: 1, retried: 0, failed: 0 });
      expect(peer.received).toHaveLength(1);
      const raw = peer.received[0]!;
      expect(raw).toMatch(new RegExp(`^To: ${am.email}`, 'm'));
      expect(raw).toMatch(/^Subject: /m);
      expect(raw).toContain('text/plain');
      expect(raw).toContain('text/html');
      const link = /http:\/\/relais\.test\/connexion\/lien\?jeton=([\w-]+)/.exec(decodeQuotedPrintable(raw));
      expect(link).not.toBeNull();
      const consumed = await app.inject({
        method: 'POST',
        url: '/api/auth/magic-link/consume',
        payload: { token: link![1] },
      });
      expect(consumed.statusCode).toBe(200);
      const me = await app.inject({ url: '/api/auth/me', headers: { cookie: sessionFrom(consumed).cookie } });
      expect(me.json().user.email).toBe(am.email);
      const row = await database.db.selectFrom('outbox_message').selectAll().executeTakeFirstOrThrow();
      expect(row.status).toBe('sent');
    } finally {
      await app.close();
      await database.close();
      await peer.close();
    }
  });

  it('sends the attachments kept with a message (an appointment’s .ics) over SMTP', async () => {
    const peer = await startSmtpPeer();
    const database = await openTestDatabase();
    const app = await createApp({ config: testConfig({ smtpUrl: peer.url }), database });
    try {
      await app.ready();
      const relais = await makeRelais(database.db);
      const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Relais//FR\r\nEND:VCALENDAR\r\n';
      await queueMail(app.ctx, {
        relaisId: relais.id,
        purpose: 'appointment_booked',
        to: 'famille@relais.test',
        subject: 'Rendez-vous confirmé',
        paragraphs: ['Bonjour'],
        attachments: [
          {
            filename: 'rendez-vous.ics',
            contentType: 'text/calendar; charset=utf-8',
            contentBase64: Buffer.from(ics).toString('base64'),
          },
        ],
      });
      expect(await deliverDueMessages(app.ctx)).toEqual({ delivered: 1, retried: 0, failed: 0 });
      const raw = peer.received[0]!;
      expect(raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; name=rendez-vous\.ics/);
      expect(raw).toMatch(/Content-Disposition: attachment; filename=rendez-vous\.ics/);
      expect(raw).toContain(Buffer.from(ics).toString('base64').slice(0, 40));
    } finally {
      await app.close();
      await database.close();
      await peer.close();
    }
  });

  it('the nodemailer SMTP transport reports a refused connection as an error', async () => {
    const transport = smtpTransport('smtp://127.0.0.1:1');
    await expect(
      transport.send({
        id: 'x',
        from: 'a@relais.test',
        to: 'b@relais.test',
        subject: 's',
        text: 't',
        html: '<p>t</p>',
      }),
    ).rejects.toThrow();
  });
});

describe('outbox delivery', () => {
  it('retries with a growing delay, then gives up as failed after the last attempt', async () => {
    const relais = await makeRelais(t.db);
    await queueMail(t.app.ctx, {
      relaisId: relais.id,
      purpose: 'test',
      to: 'x@relais.test',
      subject: 'Essai',
      paragraphs: ['Bonjour'],
    });
    t.mail.failNext = 100;
    const statuses: string[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const report = await deliverDueMessages(t.app.ctx);
      const row = await t.db.selectFrom('outbox_message').selectAll().executeTakeFirstOrThrow();
      statuses.push(row.status);
      expect(row.attempts).toBe(attempt);
      if (attempt < MAX_ATTEMPTS) {
        expect(report.retried).toBe(1);
        // Not due again right away.
        expect((await deliverDueMessages(t.app.ctx)).retried).toBe(0);
        t.clock.set(row.next_attempt_at);
      } else {
        expect(report.failed).toBe(1);
        expect(row.last_error).toContain('SMTP indisponible');
      }
    }
    expect(statuses).toEqual([...Array(MAX_ATTEMPTS - 1).fill('pending'), 'failed']);
  });

  it('delivers on a later attempt after a passing failure', async () => {
    await queueMail(t.app.ctx, {
      relaisId: null,
      purpose: 'test',
      to: 'x@relais.test',
      subject: 'Essai',
      paragraphs: ['a'],
    });
    t.mail.failNext = 1;
    await deliverDueMessages(t.app.ctx);
    t.clock.advance(60 * 60_000);
    expect((await deliverDueMessages(t.app.ctx)).delivered).toBe(1);
    expect(t.mail.sent).toHaveLength(1);
  });

  it('without SMTP, keeps each message as an .eml file and as "stored"', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-mail-'));
    const id = await queueMail(t.app.ctx, {
      relaisId: null,
      purpose: 'test',
      to: 'parent@relais.test',
      subject: 'Votre rendez-vous',
      paragraphs: ['Élodie <b>non échappé</b> ?'],
    });
    await deliverDueMessages({ ...t.app.ctx, mailTransport: fileTransport(dir) });
    const eml = fs.readFileSync(path.join(dir, `${id}.eml`), 'utf8');
    expect(eml).toMatch(/^To: parent@relais\.test/m);
    expect(eml).toContain('Content-Type: text/html');
    // The HTML part escapes what the text part shows as typed.
    expect(eml).toContain('&lt;b&gt;non');
    const row = await t.db.selectFrom('outbox_message').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.status).toBe('stored');
  });
});

describe("staff outbox page (boîte d'envoi)", () => {
  it('lists the messages of the relais only, and reading one is audited', async () => {
    const relais = await makeRelais(t.db);
    const other = await makeRelais(t.db);
    const assistant = await makeUser(t.db, { role: 'assistant', relaisId: relais.id });
    const mine = await queueMail(t.app.ctx, {
      relaisId: relais.id,
      purpose: 'test',
      to: 'a@relais.test',
      subject: 'À nous',
      paragraphs: ['x'],
    });
    await queueMail(t.app.ctx, {
      relaisId: other.id,
      purpose: 'test',
      to: 'b@relais.test',
      subject: 'À eux',
      paragraphs: ['y'],
    });
    const s = await login(t.app, assistant.email);
    const list = await t.app.inject({ url: `/api/relais/${relais.id}/outbox`, headers: s.headers });
    expect(list.statusCode).toBe(200);
    expect(list.json().messages.map((m: { subject: string }) => m.subject)).toEqual(['À nous']);
    const one = await t.app.inject({ url: `/api/relais/${relais.id}/outbox/${mine}`, headers: s.headers });
    expect(one.json().text).toContain('x');
    const audit = await t.db.selectFrom('audit_event').selectAll().where('subject_id', '=', mine).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'read', actor_user_id: assistant.id, relais_id: relais.id });
  });
});

describe('sign-in links never leak from the outbox', () => {
  it('staff read the message with the link masked, and once delivered the database keeps no token', async () => {
    const relais = await makeRelais(t.db);
    const manager = await makeUser(t.db, { role: 'manager', relaisId: relais.id });
    const am = await makeUser(t.db, { role: 'childminder', relaisId: relais.id });
    await t.app.inject({ method: 'POST', url: '/api/auth/magic-link', payload: { email: am.email } });
    const s = await login(t.app, manager.email);
    const queued = await t.db
      .selectFrom('outbox_message')
      .selectAll()
      .where('purpose', '=', 'magic_link')
      .executeTakeFirstOrThrow();
    const token = /jeton=([\w-]+)/.exec(queued.text_body)![1]!;

    const before = await t.app.inject({ url: `/api/relais/${relais.id}/outbox/${queued.id}`, headers: s.headers });
    expect(before.json().text).toContain('jeton=[masqué]');
    expect(before.body).not.toContain(token);

    await deliverDueMessages(t.app.ctx);
    expect(t.mail.sent[0]!.text).toContain(`jeton=${token}`);
    const stored = await t.db
      .selectFrom('outbox_message')
      .selectAll()
      .where('id', '=', queued.id)
      .executeTakeFirstOrThrow();
    expect(stored.text_body + stored.html_body).not.toContain(token);
    // The childminder's own link still works.
    const consumed = await t.app.inject({ method: 'POST', url: '/api/auth/magic-link/consume', payload: { token } });
    expect(consumed.statusCode).toBe(200);
  });
});

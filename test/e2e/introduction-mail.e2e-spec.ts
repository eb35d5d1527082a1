import { randomUUID } from 'node:crypto';
import { AdminWrites, dataOf } from '../support/admin-writes';
import { LocalSmtpServer, SMTP_TEST_PASSWORD, SMTP_TEST_USER } from '../support/local-smtp-server';
import { startTestApp, type TestApp } from '../support/test-app';

const REQUEST = `mutation($e: ID!, $a: ID!, $c: ID) { requestIntroduction(expertId: $e, onBehalfOf: $a,
  challengeId: $c, message: "Jullie hebben de Wmo-aanvraag digitaal gemaakt; mag ik je bellen?") { id } }`;
const RESPOND = `mutation($id: ID!, $e: ID!) { respondToIntroduction(id: $id, answer: DECLINED,
  note: "Ik zit vol tot maart", onBehalfOf: $e) { id } }`;

/**
 * Experts hear of a request by e-mail: the service with NOTIFIER=smtp, a real SMTP server started
 * here, and the outbox relay in between.
 */
describe('introduction notices by e-mail', () => {
  let smtp: LocalSmtpServer;
  let app: TestApp;
  let writes: AdminWrites;

  beforeAll(async () => {
    smtp = await new LocalSmtpServer().start();
    app = await startTestApp({
      NOTIFIER: 'smtp',
      SMTP_URL: `smtp://${SMTP_TEST_USER}:${SMTP_TEST_PASSWORD}@127.0.0.1:${smtp.port}`,
      SMTP_FROM: 'Kennissen <kennissen@gemeente.example.nl>',
      PUBLIC_URL: 'https://kennissen.gemeente.example.nl',
      OUTBOX_POLL_MS: '100',
    });
    writes = new AdminWrites(app);
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.stop();
  });

  async function mailTo(address: string): Promise<(typeof smtp.received)[number]> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const found = smtp.received.find((each) => each.envelopeTo.includes(address));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`No mail to ${address} within 20 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('mails the expert the request, and the requester the answer', async () => {
    const [annMail, bobMail] = [randomUUID(), randomUUID()].map(
      (id) => `${id}@gemeente.example.nl`,
    );
    const ann = await writes.person('GM0363', {}, { name: 'Ann Jansen', email: annMail });
    const bob = await writes.person('GM0599', {}, { name: 'Bob de Wit', email: bobMail });
    const challengeId = await writes.challenge('GM0363', 'OPEN', []);

    const { requestIntroduction } = await dataOf(
      app.admin<{ requestIntroduction: { id: string } }>(REQUEST, {
        e: bob,
        a: ann,
        c: challengeId,
      }),
    );
    const request = await mailTo(bobMail);
    expect(request.mail.from?.value).toEqual([
      { name: 'Kennissen', address: 'kennissen@gemeente.example.nl' },
    ]);
    expect(request.mail.subject).toBe('Verzoek om kennismaking van Ann Jansen (Amsterdam)');
    expect(request.mail.text).toContain('Wmo-aanvraag digitaal');
    expect(request.mail.text).toContain(
      `https://kennissen.gemeente.example.nl/#/introductions/${requestIntroduction.id}`,
    );

    await dataOf(app.admin(RESPOND, { id: requestIntroduction.id, e: bob }));
    const answer = await mailTo(annMail);
    expect(answer.mail.subject).toMatch(/Bob de Wit/);
    expect(answer.mail.text).toContain('Ik zit vol tot maart');
    // One mail each: the relay marked them sent.
    expect(smtp.received.filter((each) => each.envelopeTo.includes(bobMail))).toHaveLength(1);
  });
});

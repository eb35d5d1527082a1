import { loadConfig } from '../config/app-config';
import { SMTP_TIMEOUT_MS, smtpSettingsFrom } from './smtp-settings';

const smtp = (overrides: Record<string, string> = {}) =>
  loadConfig({
    NOTIFIER: 'smtp',
    SMTP_URL: 'smtp://kennissen:geheim@smtp.gemeente.nl',
    SMTP_FROM: 'kennissen@gemeente.nl',
    ...overrides,
  });

describe('smtpSettingsFrom', () => {
  it('is null unless NOTIFIER=smtp', () => {
    expect(smtpSettingsFrom(loadConfig({ SMTP_URL: 'smtp://smtp.gemeente.nl' }))).toBeNull();
  });

  it('names the server with the port nodemailer will use', () => {
    expect(smtpSettingsFrom(smtp())).toMatchObject({
      server: 'smtp.gemeente.nl:587',
      timeoutMs: SMTP_TIMEOUT_MS,
    });
    expect(smtpSettingsFrom(smtp({ SMTP_URL: 'smtps://smtp.gemeente.nl' }))?.server).toBe(
      'smtp.gemeente.nl:465',
    );
    expect(smtpSettingsFrom(smtp({ SMTP_URL: 'smtp://[::1]:2525' }))?.server).toBe('[::1]:2525');
  });

  it('decodes user and password, and reads no login when the URL has none', () => {
    expect(
      smtpSettingsFrom(smtp({ SMTP_URL: 'smtp://relay%40breda.nl:p%40ss%3Aword@smtp.breda.nl' })),
    ).toMatchObject({ user: 'relay@breda.nl', password: 'p@ss:word' });
    expect(smtpSettingsFrom(smtp({ SMTP_URL: 'smtp://127.0.0.1:25' }))).toMatchObject({
      user: null,
      password: null,
    });
  });

  it('splits SMTP_FROM into name and address', () => {
    const fromOf = (from: string) => smtpSettingsFrom(smtp({ SMTP_FROM: from }))?.from;
    expect(fromOf('kennissen@gemeente.nl')).toEqual({ name: '', address: 'kennissen@gemeente.nl' });
    expect(fromOf('Kennissen Breda <kennissen@breda.nl>')).toEqual({
      name: 'Kennissen Breda',
      address: 'kennissen@breda.nl',
    });
    expect(fromOf('"Kennissen, Gemeente Breda" <kennissen@breda.nl>')).toEqual({
      name: 'Kennissen, Gemeente Breda',
      address: 'kennissen@breda.nl',
    });
  });

  it('carries PUBLIC_URL for the links in the mails', () => {
    expect(smtpSettingsFrom(smtp({ PUBLIC_URL: 'https://kennissen.breda.nl' }))?.publicUrl).toBe(
      'https://kennissen.breda.nl',
    );
  });
});

import { loadConfig } from '../config/app-config';
import { otlpHeaders, tracesEndpoint } from './tracing';

describe('the OTLP settings', () => {
  it('appends /v1/traces to the general endpoint and takes the traces endpoint as given', () => {
    const endpoint = (environment: Record<string, string>): string =>
      tracesEndpoint(loadConfig(environment));
    expect(endpoint({ OTEL_TRACES_EXPORTER: 'otlp' })).toBe('http://localhost:4318/v1/traces');
    expect(endpoint({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' })).toBe(
      'http://collector:4318/v1/traces',
    );
    expect(
      endpoint({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://traces.example.nl/otlp',
      }),
    ).toBe('https://traces.example.nl/otlp');
  });

  it('reads the headers as key=value pairs with percent-encoded values', () => {
    expect(otlpHeaders('authorization=Bearer%20abc, x-tenant = gemeente ,x-raw=100%')).toEqual({
      authorization: 'Bearer abc',
      'x-tenant': 'gemeente',
      'x-raw': '100%',
    });
    expect(otlpHeaders(undefined)).toEqual({});
  });
});

import { givenCorrelationId } from './correlation-id';

const headers =
  (values: Record<string, string>) =>
  (name: string): string | undefined =>
    values[name];

describe('givenCorrelationId', () => {
  it('takes X-Correlation-Id first, then X-Request-Id', () => {
    expect(
      givenCorrelationId(headers({ 'x-correlation-id': 'abc-12345', 'x-request-id': 'req-99999' })),
    ).toBe('abc-12345');
    expect(givenCorrelationId(headers({ 'x-request-id': 'req-99999' }))).toBe('req-99999');
  });

  it('takes the trace id of a W3C traceparent', () => {
    expect(
      givenCorrelationId(
        headers({ traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' }),
      ),
    ).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
  });

  it.each([
    { 'x-request-id': 'short' },
    { 'x-correlation-id': 'has spaces in it' },
    { traceparent: '00-00000000000000000000000000000000-00f067aa0ba902b7-01' },
    { traceparent: 'not-a-traceparent' },
    {},
  ])('ignores what is not a sane id: %p', (values) => {
    expect(givenCorrelationId(headers(values as Record<string, string>))).toBeNull();
  });
});

import { type CircuitState, StoreCircuit } from './store-circuit';

class Unavailable extends Error {}
class Outage extends Error {}

/** A store whose answers the test decides: up, refusing connections, or hanging. */
class FakeStore {
  mode: 'up' | 'refusing' | 'hanging' = 'up';
  probes = 0;

  answer<T>(value: T): Promise<T> {
    if (this.mode === 'refusing') return Promise.reject(new Outage('connection refused'));
    if (this.mode === 'hanging') return new Promise<T>(() => undefined);
    return Promise.resolve(value);
  }

  probe = (): Promise<unknown> => {
    this.probes += 1;
    return this.answer(1);
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function circuitOn(store: FakeStore): { circuit: StoreCircuit; states: CircuitState[] } {
  const circuit = new StoreCircuit({
    store: 'graph',
    description: 'the test store',
    probe: store.probe,
    isOutage: (error) => error instanceof Outage,
    unavailable: (message) => new Unavailable(message),
    failWithinMs: 200,
    retryIntervalMs: 50,
  });
  const states: CircuitState[] = [];
  circuit.onChange((state) => states.push(state));
  return { circuit, states };
}

describe('StoreCircuit', () => {
  let store: FakeStore;
  let circuit: StoreCircuit;
  let states: CircuitState[];

  beforeEach(() => {
    store = new FakeStore();
    ({ circuit, states } = circuitOn(store));
  });
  afterEach(() => circuit.dispose());

  it('passes answers and errors that are not outages through, and stays closed', async () => {
    await expect(circuit.run(() => store.answer('rows'))).resolves.toBe('rows');
    await expect(circuit.run(() => Promise.reject(new Error('syntax error')))).rejects.toThrow(
      'syntax error',
    );
    expect(circuit.state).toBe('closed');
    expect(states).toEqual([]);
  });

  it('opens on an outage error and then refuses at once, without calling the store', async () => {
    store.mode = 'refusing';
    await expect(circuit.run(() => store.answer('rows'))).rejects.toThrow(
      /The test store cannot be reached right now/,
    );
    expect(circuit.state).not.toBe('closed');

    const call = jest.fn(() => store.answer('rows'));
    await expect(circuit.run(call)).rejects.toBeInstanceOf(Unavailable);
    expect(call).not.toHaveBeenCalled();
  });

  it('probes while open (half-open) and closes by itself when the store answers again', async () => {
    store.mode = 'refusing';
    await circuit.run(() => store.answer('rows')).catch(() => undefined);
    await sleep(130); // two or so failed probes
    expect(circuit.state).not.toBe('closed');
    const probesWhileDown = store.probes;
    expect(probesWhileDown).toBeGreaterThanOrEqual(1);

    store.mode = 'up';
    await sleep(120);
    expect(circuit.state).toBe('closed');
    await expect(circuit.run(() => store.answer('rows'))).resolves.toBe('rows');
    expect(states.slice(0, 3)).toEqual(['open', 'half-open', 'open']);
    expect(states.at(-2)).toBe('half-open');
    expect(states.at(-1)).toBe('closed');
  });

  it('releases a call that hangs on a store gone silent within failWithinMs, and abandons it', async () => {
    store.mode = 'hanging';
    const abandon = jest.fn();
    const started = Date.now();
    const released = circuit.run((onAbandon) => {
      onAbandon({ abandon });
      return store.answer('rows');
    });
    await expect(released).rejects.toThrow(/may or may not have taken effect/);
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(100); // not before the call counted as slow
    expect(waited).toBeLessThan(200 + 50);
    expect(abandon).toHaveBeenCalledTimes(1);
    expect(abandon).toHaveBeenCalledWith(expect.any(Unavailable));
    expect(circuit.state).not.toBe('closed');
  });

  it('lets a slow call finish when the probe shows the store is up', async () => {
    const slowAnswer = sleep(250).then(() => 'late rows');
    await expect(circuit.run(() => slowAnswer)).resolves.toBe('late rows');
    expect(store.probes).toBe(1);
    expect(circuit.state).toBe('closed');
  });

  it('is fed by the readiness probe: a failed check opens it, one probe at a time', async () => {
    store.mode = 'hanging';
    const [first, second] = await Promise.all([circuit.check(), circuit.check()]);
    expect([first, second]).toEqual([false, false]);
    expect(store.probes).toBe(1);
    expect(circuit.state).not.toBe('closed');
    await expect(circuit.run(() => store.answer('rows'))).rejects.toBeInstanceOf(Unavailable);

    store.mode = 'up';
    await expect(circuit.check()).resolves.toBe(true);
    expect(circuit.state).toBe('closed');
  });
});

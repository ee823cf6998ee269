/** Polling waits shared by the e2e tests and the browser benchmark (no fixed sleeps). */

/** Polls `probe` until it returns a truthy value (or throws after `timeout` ms, naming `what`). */
export async function until<R>(what: string, probe: () => Promise<R> | R, timeout = 10_000): Promise<NonNullable<R>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<R>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

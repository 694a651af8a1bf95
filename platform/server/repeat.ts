/**
 * A background job beside a server: `task` every `seconds` (0: never), one run at a time — a tick that
 * finds the last run still going skips —, the timer never keeping the process alive. The returned stop
 * clears the timer and waits for the run in flight. The task logs its own outcome and failures.
 */
export function repeatEvery(seconds: number, task: () => Promise<unknown>): () => Promise<void> {
  if (seconds <= 0) return async () => {};
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = task().finally(() => (running = null));
  }, seconds * 1000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}

import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Set (to the server's name) while a server handles a request: database
 * commands sent inside it are the graph's own, which the index audit checks
 * (a test's direct reads are not).
 */
export const servingRequest = new AsyncLocalStorage<string>();

import { TestEnvironment } from 'jest-environment-node';
import { acquireSharedStack } from './shared-stack';
import { SHARED_STACK_GLOBAL } from './test-config';

/**
 * Jest's node environment, with the worker's shared test stack within reach of the test files
 * (`startTestStack` takes it when a file needs no stack of its own). This module and shared-stack.ts are
 * loaded once per worker, outside the files' module registries, so the stack outlives each file.
 */
export default class CoopGraphEnvironment extends TestEnvironment {
  override async setup() {
    await super.setup();
    this.global[SHARED_STACK_GLOBAL] = acquireSharedStack;
  }
}

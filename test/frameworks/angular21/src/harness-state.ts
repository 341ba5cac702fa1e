// The memory client (auth-elements/testing) the app binds and the event types it received, shared by the component and main.ts.
import { createMemoryClient } from 'auth-elements/testing';

export const client = createMemoryClient();
export const events: string[] = [];

// The fake client the app binds and the event types it received, shared by the component and main.ts.
import { createClient } from '../../common/fake-client.js';

export const client = createClient();
export const events: string[] = [];

// The adapter contract's cases for scope `others` and `listDevices` (see contract.ts).
import { check, ids, same, signal, sorted, type Client } from './contract-kit.js';
import type { AdapterHooks, ContractCase } from './contract.js';

/** The cases of scope `others` and of `listDevices`; `loaded()` makes a signed-in client. */
export function deviceCases(hooks: AdapterHooks, loaded: () => Promise<Client>): ContractCase[] {
  return [
    {
      name: "scope 'others' ends the user's other devices and keeps this browser's sessions",
      sessions: 2,
      async run() {
        if (!hooks.scopes.includes('others')) return "skipped: scope 'others' not supported";
        if (!hooks.signInElsewhere || !hooks.userSessions) return 'skipped: no signInElsewhere or userSessions hook';
        const client = await loaded();
        const current = client.session!.id;
        const here = sorted(ids(client));
        const elsewhere = await hooks.signInElsewhere();
        check((await hooks.userSessions()).includes(elsewhere), 'the other device is signed in');
        const result = await client.signOut({ scope: 'others', signal: signal() });
        check(!result?.redirectTo, 'no navigation needed');
        check(same(await hooks.userSessions(), [current]), "only this browser's session of the user stays");
        check(client.session?.id == current, 'the current session stayed current');
        check(same(sorted(ids(client)), here), "this browser's other accounts stay");
        check(same(sorted(await hooks.serverSessions()), here), 'and the server holds them');
      },
    },
    {
      name: 'listDevices lists this browser as the current device',
      sessions: 1,
      async run() {
        const client = await loaded();
        if (!client.listDevices) return 'skipped: no listDevices()';
        const extra = hooks.signInElsewhere && (await hooks.signInElsewhere());
        const devices = await client.listDevices({ signal: signal() });
        check(Array.isArray(devices), 'an array');
        const current = devices.filter(device => device.current);
        check(current.length == 1 && current[0]!.sessionId == client.session!.id, 'exactly one current: this session');
        if (extra)
          check(
            devices.some(({ sessionId }) => sessionId == extra),
            'the other device is listed',
          );
        for (const device of devices) {
          for (const date of [device.lastActiveAt, device.createdAt])
            check(date === undefined || !Number.isNaN(Date.parse(date)), `an ISO date, not ${date}`);
        }
        if (!extra) return;
        await client.signOut({ scope: 'session', sessionId: extra, signal: signal() });
        const after = await client.listDevices({ signal: signal() });
        check(!after.some(({ sessionId }) => sessionId == extra), "scope 'session' with a device's id ends it");
        check(client.session?.id == current[0]!.sessionId, 'this browser stays signed in');
      },
    },
  ];
}

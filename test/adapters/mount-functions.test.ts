// Every mount function of the package reaches every adapter object: the list the adapters bind
// (UI-free, for the classic-script builds too) equals the mount module's exports.
import { expect } from '@open-wc/testing';
import * as mount from '../../src/mount.js';
import { MOUNT_FUNCTIONS } from '../../src/adapters/mount.js';
import { withMount } from '../../src/adapters/with-mount.js';

describe('adapter mount functions', () => {
  it("bind exactly the mount module's mount and unmount functions", () => {
    const exported = Object.keys(mount).filter(name => /^(un)?mount[A-Z]/.test(name));
    expect([...MOUNT_FUNCTIONS].sort()).to.deep.equal(exported.sort());
  });

  it('withMount gives a hand-written client every one, with auth preset', () => {
    const client = withMount({ session: null, signOut: async () => {} });
    const host = document.createElement('div');
    const handle = client.mountSignOutButton(host);
    expect((handle.element as unknown as { auth: unknown }).auth).to.equal(client);
    client.unmountSignOutButton(host);
    expect(host.childElementCount).to.equal(0);
    for (const name of MOUNT_FUNCTIONS) expect(client[name], name).to.be.a('function');
  });
});

// The Firebase adapter against the real Firebase Auth emulator (firebase-tools, offline, a demo-
// project; installed into server/firebase-emulator/ on first use): the adapter contract, then
// Firebase's own checks, with the emulator's REST API and a second browser context as witnesses.
// Firebase's client sign-out ends the session on this browser only: its refresh token stays
// valid at Firebase until revoked by the Admin SDK (so the adapter offers no `everywhere`).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startFirebaseEmulator } from '../../server/firebase-emulator.mjs';
import { contractCases, contractTests, openContractPage } from './contract-helpers.mjs';
import { setUp, tearDown } from './helpers.mjs';

const [{ server, browser }, emulator] = await Promise.all([setUp(), startFirebaseEmulator()]);
after(async () => {
  await tearDown({ server, browser });
  await emulator.close();
});

const pageUrl = (extra = '') =>
  `${server.origin}/test/adapters/firebase.html?emulator=${encodeURIComponent(emulator.origin)}&project=${emulator.projectId}${extra}`;

/** The emulator's REST API. */
async function rest(route, body, { owner = false } = {}) {
  const base = owner
    ? `${emulator.origin}/identitytoolkit.googleapis.com/v1/projects/${emulator.projectId}/`
    : `${emulator.origin}/identitytoolkit.googleapis.com/v1/`;
  const response = await fetch(`${base}${route}${owner ? '' : '?key=demo-api-key'}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(owner && { authorization: 'Bearer owner' }) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

const names = await contractCases(browser, pageUrl());
describe('firebase adapter: the adapter contract against the Firebase Auth emulator', () => {
  contractTests(browser, () => pageUrl(), names);
});

describe('firebase adapter: Firebase specifics against the emulator', () => {
  let device;
  before(async () => {
    device = await openContractPage(browser, pageUrl());
    await device.page.evaluate(() => window.contractPage.setup(1));
  });
  after(() => device?.context.close());

  test('the sign-out button ends the session on this browser; another browser of the same user stays signed in', async () => {
    const { page } = device;
    const { uid, email, idToken } = await page.evaluate(async () => {
      const user = window.firebaseAuth.currentUser;
      return { uid: user.uid, email: user.email, idToken: await user.getIdToken() };
    });
    // The same user on another device (its own context, its own storage).
    const other = await openContractPage(browser, pageUrl(`&email=${encodeURIComponent(email)}`));
    try {
      assert.equal(await other.page.evaluate(() => window.firebaseChecks.signInAgain()), uid);
      const done = await page.evaluate(() => window.firebaseChecks.signOutButton());
      assert.deepEqual(done, { session: null, persisted: [] }, 'signed out here, nothing persisted');
      await page.reload();
      await page.locator('#status', { hasText: 'ready' }).waitFor();
      assert.equal(await page.evaluate(() => window.firebaseChecks.earlyAdapter().then(r => r.now)), null);
      // The other browser: still signed in, its token still accepted by Firebase.
      const theirs = await other.page.evaluate(() => window.firebaseAuth.currentUser.getIdToken());
      const lookup = await rest('accounts:lookup', { idToken: theirs });
      assert.equal(lookup.status, 200);
      assert.equal(lookup.body.users[0].localId, uid);
      // The account itself is untouched at Firebase (sign-out deletes no account).
      const account = await rest('accounts:lookup', { localId: [uid] }, { owner: true });
      assert.equal(account.body.users[0].email, email);
      // The signed-out browser's old ID token is still a valid JWT until it expires: Firebase's
      // client sign-out is local, as the README says.
      assert.equal((await rest('accounts:lookup', { idToken })).status, 200);
      assert.deepEqual(other.problems, []);
    } finally {
      await other.context.close();
    }
    assert.deepEqual(device.problems, []);
  });

  test('an adapter made before Firebase restored the user goes from loading to the restored user', async () => {
    const { page } = device;
    await page.evaluate(() => window.contractPage.setup(1));
    const uid = await page.evaluate(() => window.firebaseAuth.currentUser.uid);
    await page.reload();
    await page.locator('#status', { hasText: 'ready' }).waitFor();
    const { earlySessions, now } = await page.evaluate(() => window.firebaseChecks.earlyAdapter());
    assert.equal(earlySessions[0], undefined, 'loading at first');
    assert.equal(now, uid);
    assert.equal(earlySessions.at(-1), uid);
  });

  test("a sign-out Firebase refuses rejects with Firebase's own message", async () => {
    const message = await device.page.evaluate(() => window.firebaseChecks.errorText());
    assert.equal(message, 'Firebase: Error (auth/login-blocked). Injected failure 503');
    assert.ok(await device.page.evaluate(() => window.firebaseAuth.currentUser), 'still signed in');
  });

  test('a new display name (updateProfile, then the new ID token, which Firebase tells only its ID-token listeners) reaches the adapter', async () => {
    await device.page.evaluate(() => window.contractPage.setup(1));
    const { expected, shown } = await device.page.evaluate(() => window.firebaseChecks.profileUpdate());
    assert.equal(shown, expected);
    assert.deepEqual(device.problems, []);
  });

  test('subscribes to onAuthStateChanged only while it has listeners', async () => {
    assert.deepEqual(await device.page.evaluate(() => window.firebaseChecks.listeners()), [0, 1, 1, 0]);
  });
});

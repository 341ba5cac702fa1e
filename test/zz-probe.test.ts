import { expect, oneEvent } from '@open-wc/testing';
it('probe', async () => {
  const iframe = document.createElement('iframe');
  iframe.src = '/test/fixtures/probe.html';
  document.body.append(iframe);
  await oneEvent(iframe, 'load');
  const w = iframe.contentWindow as unknown as { probe: { defined: boolean } };
  console.log('URL', location.href, document.baseURI, 'probe', JSON.stringify(w.probe), 'nav', 'navigation' in window, window.top === window);
  expect(w.probe.defined).to.equal(true);
});

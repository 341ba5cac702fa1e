// The page as a user meets it: focus, real mouse and keyboard, what is on screen, colours.
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';

export const isChromium = /Chrome\//.test(navigator.userAgent);
export const isWebKit = !isChromium && /AppleWebKit/.test(navigator.userAgent);

/** The element that has focus, looking into open shadow roots (slotted nodes stay in the light DOM). */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Clicks with the real mouse at the middle of `node` (in this page's coordinates). */
export async function clickCenter(node: Element): Promise<void> {
  const { left, top, width, height } = node.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(left + width / 2), Math.round(top + height / 2)] });
}

/** Presses a key, or Shift with a key (`Shift+Tab`: puppeteer's Firefox takes no combined keys). */
export async function press(key: string): Promise<void> {
  if (!key.startsWith('Shift+')) return sendKeys({ press: key });
  await sendKeys({ down: 'Shift' });
  try {
    await sendKeys({ press: key.slice('Shift+'.length) });
  } finally {
    await sendKeys({ up: 'Shift' });
  }
}

/** Rendered, i.e. not hidden and not inside a closed popover. */
export const visible = (node: Element | null | undefined): boolean => !!node && node.getClientRects().length > 0;

/** Laid out with a non-empty box and not hidden by `visibility`. */
export function painted(node: Element): boolean {
  const { width, height } = node.getBoundingClientRect();
  return width > 0 && height > 0 && getComputedStyle(node).visibility != 'hidden';
}

/** A CSS colour as sRGB bytes (with alpha), normalised by drawing it on a canvas. */
export function rgba(color: string): [number, number, number, number] {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a!];
}

/** WCAG relative luminance of an opaque CSS colour. */
export function luminance(color: string): number {
  const [r, g, b, a] = rgba(color);
  expect(a, `${color} should be opaque`).to.equal(255);
  const [R, G, B] = [r, g, b].map(v => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
}

/** WCAG contrast ratio of two opaque CSS colours. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

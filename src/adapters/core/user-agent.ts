import Bowser from 'bowser';
import type { AuthDevice } from '../../auth/types.js';

/**
 * Browser, OS and device type read from a stored User-Agent string, by bowser (MIT, about 6.8 KB
 * brotli; detect-browser is 1.6 KB but has no device type and no release since 2021, ua-parser-js 2
 * is AGPL). Only adapters whose provider stores a raw User-Agent import this module, so the
 * elements' bundle never carries the parser. Anything it cannot read is left out.
 */
export function parseUserAgent(userAgent: unknown): Pick<AuthDevice, 'browser' | 'os' | 'deviceType'> {
  if (typeof userAgent != 'string' || !userAgent) return {};
  try {
    const { browser, os, platform } = Bowser.parse(userAgent);
    const type = platform.type;
    return {
      ...(browser.name && { browser: browser.name }),
      ...(os.name && { os: os.name }),
      deviceType: type == 'desktop' || type == 'mobile' || type == 'tablet' ? type : 'other',
    };
  } catch {
    return {};
  }
}

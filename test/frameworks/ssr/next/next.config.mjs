import { fileURLToPath } from 'node:url';

// The app imports the fake client from test/frameworks/common: the bundler's root is
// test/frameworks, which holds it and this app.
const root = fileURLToPath(new URL('../../', import.meta.url));

/** @type {import('next').NextConfig} */
export default {
  turbopack: { root },
  outputFileTracingRoot: root,
  // The production build, and no dev indicator or telemetry.
  devIndicators: false,
};

// Amplify UI 1.x as its docs load it: Stencil's lazy loader registers every tag; a page that uses
// only <amplify-sign-out> then downloads the chunks that element needs.
import { defineCustomElements } from '@aws-amplify/ui-components/dist/esm/loader.mjs';

export const ready = defineCustomElements(globalThis);

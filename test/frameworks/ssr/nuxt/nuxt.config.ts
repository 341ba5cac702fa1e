// The `auth-` tags are custom elements, not Vue components.
export default defineNuxtConfig({
  compatibilityDate: '2025-07-15',
  devtools: { enabled: false },
  telemetry: false,
  vue: { compilerOptions: { isCustomElement: tag => tag.startsWith('auth-') } },
});

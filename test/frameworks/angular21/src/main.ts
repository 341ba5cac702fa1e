// Bootstraps the Angular app (zoneless) and exposes the page contract the framework tests drive (window.harness).
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import type { AuthSignOutButton, AuthUserButton } from 'auth-elements';
import { AppComponent } from './app.component.js';
import { client, events } from './harness-state.js';

declare global {
  interface Window {
    harness: unknown;
  }
}

const started = bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] });

/** Resolves once both elements rendered their first update. */
async function ready(): Promise<void> {
  const appRef = await started;
  await appRef.whenStable();
  const elements = document.querySelectorAll<AuthUserButton | AuthSignOutButton>(
    'auth-user-button, auth-sign-out-button',
  );
  if (elements.length !== 2) throw new Error(`expected both elements, found ${elements.length}`);
  await Promise.all([...elements].map(element => element.updateComplete));
}

/** Unmounts and remounts the elements `times` times, ending mounted. */
async function toggle(times: number): Promise<void> {
  const appRef = await started;
  const app = appRef.components[0]!.instance as AppComponent;
  for (let i = 0; i < times; i++) {
    app.shown.set(false);
    await appRef.whenStable();
    app.shown.set(true);
    await appRef.whenStable();
  }
}

window.harness = { name: 'angular21', ready: ready(), client, events, toggle };

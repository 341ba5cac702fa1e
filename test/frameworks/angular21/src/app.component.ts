// The test harness around AccountComponent: mounts it with @if so toggling removes and re-creates both elements.
import { Component, signal } from '@angular/core';
import { AccountComponent } from './account.component.js';
import { client, events } from './harness-state.js';

@Component({
  selector: 'app-root',
  imports: [AccountComponent],
  template: `
    @if (shown()) {
      <app-account [client]="client" (authEvent)="events.push($event.type)" />
    }
  `,
})
export class AppComponent {
  readonly shown = signal(true);
  protected readonly client = client;
  protected readonly events = events;
}

// readme:start
import { CUSTOM_ELEMENTS_SCHEMA, Component, input, output } from '@angular/core';
import type { AuthClient, AuthSignOutEvent, AuthSignedOutEvent } from 'auth-elements';
import 'auth-elements/define';

@Component({
  selector: 'app-account',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <auth-user-button [auth]="client()" show-name></auth-user-button>
    <auth-sign-out-button
      [auth]="client()"
      (auth-sign-out)="authEvent.emit($event)"
      (auth-signed-out)="authEvent.emit($event)"
    ></auth-sign-out-button>
  `,
})
export class AccountComponent {
  readonly client = input.required<AuthClient>();
  readonly authEvent = output<AuthSignOutEvent | AuthSignedOutEvent>();
}
// readme:end

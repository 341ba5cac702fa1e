/** A console warning, prefixed so hosts can find it. */
export function warn(message: string): void {
  console.warn('[auth-elements] ' + message);
}

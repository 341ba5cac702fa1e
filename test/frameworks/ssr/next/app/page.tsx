// A server component that renders a client component: the elements come from the
// `auth-elements/react` wrappers, which set `auth` and add the listeners after hydration.
import { Account } from './account';

export default function Page() {
  return <Account />;
}

import { PlainJsx } from './plain-jsx';

export default function Page() {
  return <PlainJsx />;
}

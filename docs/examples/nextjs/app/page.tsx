// A Server Component: it renders the client component and passes only plain, small props.
import { language } from './language';
import { Roadmap } from './Roadmap';

export default function Page() {
  return (
    <main>
      <h1>LLM engineer roadmap</h1>
      <Roadmap locale={language} />
    </main>
  );
}

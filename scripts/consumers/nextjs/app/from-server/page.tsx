// Not an example to follow: the built-in roadmap passed from a Server Component as a prop, which
// puts it in the page a second time (in React's server-component payload). The consumer test
// measures this page against the documented one.
import llmEngineer from '@trailmark/curriculum/roadmaps/llm-engineer';
import { language } from '../language';
import { Timeline } from './Timeline';

export default function Page() {
  return (
    <main>
      <h1>LLM engineer roadmap</h1>
      <Timeline curriculum={llmEngineer} locale={language} />
    </main>
  );
}

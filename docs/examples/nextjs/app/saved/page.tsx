import { loadProgress } from '../api/progress/progress-db';
import { language } from '../language';
import { SavedRoadmap } from './SavedRoadmap';

// Read the learner's progress on every request, not once at build time.
export const dynamic = 'force-dynamic';

export default async function Page() {
  return (
    <main>
      <h1>My progress</h1>
      <SavedRoadmap initial={await loadProgress()} locale={language} />
    </main>
  );
}

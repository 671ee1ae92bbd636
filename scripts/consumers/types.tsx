// Type-checked with the consumer's own node_modules: the published declarations must work for a
// strict TypeScript app, and must reject what is wrong.
import { type Curriculum, parseCurriculum, type TopicStatus } from '@trailmark/curriculum';
import { llmEngineer } from '@trailmark/curriculum/roadmaps/llm-engineer';
import {
  CurriculumProvider,
  createLocalStorageStore,
  createMemoryStore,
  RoadmapTimeline,
  type RoadmapTimelineProps,
  StudyPlan,
  useLocale,
  useProgress,
} from '@trailmark/react';
import { cssVar } from '@trailmark/tokens';
import '@trailmark/embed';

const curriculum: Curriculum = llmEngineer;
const result = parseCurriculum(JSON.parse('{}'));
export const firstPath: string | undefined = result.ok ? undefined : result.issues[0]?.path;

const props: RoadmapTimelineProps = { curriculum, locale: 'en', orientation: 'vertical' };
export const timeline = (
  <RoadmapTimeline {...props} store={createMemoryStore({ curriculumId: curriculum.id })} />
);

// The README's CurriculumProvider example.
const store = createLocalStorageStore({ curriculumId: llmEngineer.id });
function Summary() {
  const { summary } = useProgress();
  const { format } = useLocale();
  return <p>{format.percent(summary.overall.percent)}</p>;
}
export const page = (
  <CurriculumProvider curriculum={llmEngineer} store={store} defaultLocale="zh-CN">
    <Summary />
    <RoadmapTimeline />
    <StudyPlan defaultHoursPerWeek={8} />
  </CurriculumProvider>
);

// @ts-expect-error: not an orientation
export const wrongOrientation = <RoadmapTimeline curriculum={curriculum} orientation="diagonal" />;

export const accent: string = cssVar('color-accent');
// @ts-expect-error: not a token
cssVar('color-nope');

const element = document.querySelector('trailmark-roadmap');
element?.addEventListener('trailmark:progress', (event) => {
  const status: TopicStatus = event.detail.status;
  const percent: number = event.detail.summary.overall.percent;
  console.log(status, percent);
});

// Type-checked with the consumer's own node_modules: the published declarations must work for a
// strict TypeScript app, and must reject what is wrong.
import * as main from '@trailmark/curriculum';
import { type Curriculum, parseCurriculum, type TopicStatus } from '@trailmark/curriculum';
import { llmEngineer } from '@trailmark/curriculum/roadmaps/llm-engineer';
import { Curriculum as CurriculumSchema, ID_PATTERN } from '@trailmark/curriculum/schema';
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
import type {} from '@trailmark/embed/react-jsx';

const curriculum: Curriculum = llmEngineer;
// The zod schemas and the patterns are on the ./schema subpath; the main entry has the types only.
export const schema = CurriculumSchema;
export const idIsValid: boolean = ID_PATTERN.test(curriculum.id);
// @ts-expect-error: on the main entry Curriculum is a type, not a schema
export const notASchema = main.Curriculum;
// @ts-expect-error: the patterns are not on the main entry
export const notAPattern = main.ID_PATTERN;
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

// The embed's JSX typings, under React 18 and 19 alike.
export const embedded = (
  <trailmark-roadmap roadmap="llm-engineer" locale="zh-CN" theme="dark" heading-level={3}>
    <a href="/roadmap">The roadmap</a>
  </trailmark-roadmap>
);
// @ts-expect-error: a misspelled attribute
export const misspelled = <trailmark-roadmap roadmapp="llm-engineer" />;
// @ts-expect-error: React 18 would write readonly="false", which still means read-only
export const readOnlyFalse = <trailmark-roadmap readonly={false} />;

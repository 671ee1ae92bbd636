import { createProgress, setStatus } from '@trailmark/curriculum';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  CurriculumProvider,
  createLocalStorageStore,
  createMemoryStore,
  ErrorPanel,
  LevelCard,
  ProgressMeter,
  ResourceLink,
  RoadmapTimeline,
  RoleBadge,
  SkillTag,
  StudyPlan,
  TopicItem,
  TopicList,
} from './index';
import { fixtureCurriculum } from './test-fixtures/curriculum';

const inProvider = (ui: ReactElement) => (
  <CurriculumProvider curriculum={fixtureCurriculum}>{ui}</CurriculumProvider>
);

describe('server rendering in plain Node', () => {
  it('runs without a DOM', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it.each<[string, ReactElement, string]>([
    [
      'RoadmapTimeline',
      <RoadmapTimeline key="t" curriculum={fixtureCurriculum} defaultExpandedLevels="all" />,
      'Retrieval-augmented generation, status: Not started',
    ],
    [
      'LevelCard',
      <LevelCard key="l" curriculum={fixtureCurriculum} levelId="l2" defaultExpanded />,
      'L2',
    ],
    [
      'TopicList',
      <TopicList key="tl" curriculum={fixtureCurriculum} moduleId="basics" />,
      'Python',
    ],
    [
      'TopicItem',
      inProvider(
        <ul>
          <TopicItem topicId="rag" detailsOpen />
        </ul>,
      ),
      'Answer from documents.',
    ],
    ['StudyPlan', <StudyPlan key="s" curriculum={fixtureCurriculum} />, 'Study plan'],
    [
      'StudyPlan with a start date',
      <StudyPlan key="s2" curriculum={fixtureCurriculum} start="2025-01-06" />,
      '2025',
    ],
    [
      'ResourceLink',
      <ResourceLink
        key="r"
        resource={{ title: 'Docs', url: 'https://example.com/', kind: 'docs' }}
      />,
      'noopener noreferrer',
    ],
    ['SkillTag', inProvider(<SkillTag skill="retrieval" />), 'Retrieval'],
    ['RoleBadge', inProvider(<RoleBadge jobRole="app-engineer" />), 'LLM application engineer'],
    ['ProgressMeter', <ProgressMeter key="p" value={1} max={4} label="L1 progress" />, '25%'],
    ['ErrorPanel', <ErrorPanel key="e" issues={[{ path: 'id', message: 'Bad id.' }]} />, 'Bad id.'],
    [
      'CurriculumProvider with an invalid curriculum',
      <CurriculumProvider key="c" curriculum={{ nope: true }}>
        never
      </CurriculumProvider>,
      'role="alert"',
    ],
  ])('renders %s to a string', (_, element, expected) => {
    const html = renderToString(element);
    expect(html).toContain(expected);
  });

  it('renders the empty progress on the server, whatever the store holds', () => {
    const store = createMemoryStore(
      fixtureCurriculum.id,
      setStatus(createProgress(fixtureCurriculum.id), 'python', 'done'),
    );
    const html = renderToString(
      <TopicList curriculum={fixtureCurriculum} store={store} moduleId="basics" />,
    );
    expect(html).toContain('Python, status: Not started');
    expect(html).not.toContain('status: Done');
  });

  it('creates and reads a localStorage store where there is no window', () => {
    const store = createLocalStorageStore({ curriculumId: fixtureCurriculum.id });
    expect(store.get()).toEqual(createProgress(fixtureCurriculum.id));
    store.set(setStatus(store.get(), 'python', 'done'));
    expect(store.get().topics.python?.status).toBe('done');
    const unsubscribe = store.subscribe(() => {});
    unsubscribe();
  });
});

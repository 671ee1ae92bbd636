import { createProgress, parseCurriculum, setStatus } from '@trailmark/curriculum';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  CurriculumProvider,
  createLocalStorageStore,
  createMemoryStore,
  ErrorPanel,
  LevelCard,
  type LevelCardProps,
  ProgressMeter,
  ResourceLink,
  RoadmapTimeline,
  type RoadmapTimelineProps,
  RoleBadge,
  SkillTag,
  StudyPlan,
  type StudyPlanProps,
  TopicItem,
  TopicList,
  type TopicListProps,
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
          <TopicItem topicId="rag" defaultOpen />
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
      <CurriculumProvider key="c" curriculum={parseCurriculum({ nope: true })}>
        never
      </CurriculumProvider>,
      'role="alert"',
    ],
  ])('renders %s to a string', (_, element, expected) => {
    const html = renderToString(element);
    expect(html).toContain(expected);
  });

  // Typed with the exported Props types, so `npm run typecheck` fails if they lose the props that
  // let a component stand without a provider (the published declarations are checked the same way
  // by the consumer test).
  it('takes the curriculum, locale and read-only props through its exported Props type', () => {
    const curriculum = fixtureCurriculum;
    // Literal properties (not spread), so excess-property checks apply to each of them.
    const timeline: RoadmapTimelineProps = { curriculum, locale: 'zh-CN', readOnly: true };
    const card: LevelCardProps = { curriculum, locale: 'zh-CN', readOnly: true, levelId: 'l2' };
    const list: TopicListProps = {
      curriculum,
      locale: 'zh-CN',
      readOnly: true,
      moduleId: 'basics',
    };
    const plan: StudyPlanProps = { curriculum, locale: 'zh-CN', readOnly: true };
    const html = [
      renderToString(<RoadmapTimeline {...timeline} />),
      renderToString(<LevelCard {...card} />),
      renderToString(<TopicList {...list} />),
      renderToString(<StudyPlan {...plan} />),
    ];
    for (const part of html) {
      expect(part).not.toContain('role="alert"');
      expect(part).toMatch(/^<[a-z]+ lang="zh-CN"/);
      expect(part).toMatch(/[\u4e00-\u9fff]/);
      expect(part).not.toContain('Not started');
    }
    expect(html[2]).toContain('tm-topic__title');
    expect(html[2]).not.toContain('data-tm-action="status"');
  });

  it('renders the empty progress on the server, whatever the store holds', () => {
    const store = createMemoryStore({
      curriculumId: fixtureCurriculum.id,
      initial: setStatus(createProgress(fixtureCurriculum.id), 'python', 'done'),
    });
    const html = renderToString(
      <TopicList curriculum={fixtureCurriculum} store={store} moduleId="basics" />,
    );
    expect(html).toContain('Python, status: Not started');
    expect(html).not.toContain('status: Done');
  });

  it('renders one empty polite live region per provider, so it is in the page before it speaks', () => {
    const html = renderToString(
      inProvider(
        <>
          <RoadmapTimeline />
          <StudyPlan locale="zh-CN" />
          <ProgressMeter value={10} label="Overall" />
        </>,
      ),
    );
    expect(html.match(/aria-live="polite"/g)).toHaveLength(1);
    expect(html).toMatch(
      /<div class="tm-visually-hidden" role="status" aria-live="polite"><\/div>$/,
    );
  });

  it('keeps the open levels out of the server render, whatever the store saved', () => {
    const store = createMemoryStore({
      curriculumId: fixtureCurriculum.id,
      initialOpenLevels: ['l2', 'l3'],
    });
    const html = renderToString(
      <RoadmapTimeline curriculum={fixtureCurriculum} store={store} defaultExpandedLevels={[]} />,
    );
    expect(html).not.toContain('aria-expanded="true"');
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

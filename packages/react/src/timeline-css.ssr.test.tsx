import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCurriculum } from '@trailmark/curriculum';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { cssOrder, timelineCssOrder } from '../scripts/css-order.js';
import { CurriculumProvider, ErrorPanel, RoadmapTimeline, StudyPlan } from './index';
import { TopicRow } from './TopicItem/TopicItem';
import { fixtureCurriculum } from './test-fixtures/curriculum';

const src = dirname(fileURLToPath(import.meta.url));

/** The class names a stylesheet has rules for. */
function classesStyledBy(file: string): Set<string> {
  const css = readFileSync(join(src, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  return new Set([...css.matchAll(/\.(tm-[\w-]+)/g)].map((m) => m[1] as string));
}

/** Every class name in the server-rendered markup of `element`. */
function classesRenderedBy(element: ReactElement): Set<string> {
  const html = renderToString(element);
  return new Set([...html.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1]?.split(' ') ?? []));
}

const leftOut = cssOrder.filter((file) => !timelineCssOrder.includes(file));

/** Classes only the stylesheets left out of timeline.css style, among those `element` renders. */
function unstyledInTimelineCss(element: ReactElement): string[] {
  const kept = new Set(timelineCssOrder.flatMap((file) => [...classesStyledBy(file)]));
  const rendered = classesRenderedBy(element);
  return leftOut.flatMap((file) =>
    [...classesStyledBy(file)].filter((name) => rendered.has(name) && !kept.has(name)),
  );
}

describe('timeline.css', () => {
  it('leaves out only stylesheets of components the timeline never renders', () => {
    expect(leftOut).toEqual(['StudyPlan/StudyPlan.css']);
  });

  it('styles everything RoadmapTimeline renders: open levels, open rows and menus, errors', () => {
    const timeline = (
      <>
        <RoadmapTimeline curriculum={fixtureCurriculum} defaultExpandedLevels="all" />
        <RoadmapTimeline curriculum={fixtureCurriculum} defaultExpandedLevels="all" readOnly />
        <CurriculumProvider curriculum={fixtureCurriculum}>
          <ul>
            <TopicRow topicId="rag" detailsOpen menuOpen />
          </ul>
        </CurriculumProvider>
        <RoadmapTimeline curriculum={parseCurriculum({ not: 'a curriculum' })} />
        <ErrorPanel description="Network error." />
      </>
    );
    expect(unstyledInTimelineCss(timeline)).toEqual([]);
  });

  it('would miss the rules of a StudyPlan (the check above can fail)', () => {
    expect(unstyledInTimelineCss(<StudyPlan curriculum={fixtureCurriculum} />)).toContain(
      'tm-study-plan',
    );
  });
});

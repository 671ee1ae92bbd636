import { llmEngineer } from '@trailmark/curriculum/roadmaps/llm-engineer';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fixtureCurriculum, fixtureTopicIds } from '../test-fixtures/curriculum';
import { RoadmapMap } from './RoadmapMap';

describe('RoadmapMap on the server', () => {
  it('renders the whole map: every topic, band and line, at actual size', () => {
    const html = renderToString(
      <RoadmapMap curriculum={fixtureCurriculum} defaultSelectedTopic="rag" />,
    );
    for (const id of fixtureTopicIds) expect(html).toContain(`data-topic-id="${id}"`);
    expect(html.match(/class="tm-map__band"/g)).toHaveLength(fixtureCurriculum.levels.length);
    expect(html).toContain('data-from="embeddings" data-to="rag"');
    // The details of the selected topic are in the first paint too.
    expect(html).toContain('aria-labelledby=');
    expect(html).toMatch(/<h3[^>]*>Retrieval-augmented generation<\/h3>/);
    // Not yet interactive: a picture in a scrolling box until the browser measures it.
    expect(html).not.toContain('data-interactive');
    expect(html).toMatch(/<svg[^>]* width="\d+" height="\d+" viewBox="-16 -16 \d+ \d+"/);
  });

  it("writes no style attribute, which a CSP of style-src 'self' refuses", () => {
    for (const html of [
      renderToString(<RoadmapMap curriculum={fixtureCurriculum} defaultSelectedTopic="rag" />),
      renderToString(<RoadmapMap curriculum={llmEngineer} locale="zh-CN" direction="right" />),
    ]) {
      expect(html).toContain('class="tm-map__drawing"');
      expect(html).not.toMatch(/\sstyle=/);
    }
  });

  it('renders the built-in roadmap in Chinese', () => {
    const html = renderToString(<RoadmapMap curriculum={llmEngineer} locale="zh-CN" />);
    const topics = llmEngineer.levels.flatMap((level) => level.modules.flatMap((m) => m.topics));
    expect(html.match(/role="button" tabindex="/g)).toHaveLength(topics.length);
    expect(html).toContain('lang="zh-CN"');
  });

  it('lays levels out left to right with direction="right"', () => {
    const html = renderToString(<RoadmapMap curriculum={fixtureCurriculum} direction="right" />);
    const bands = [...html.matchAll(/class="tm-map__band"[^>]* x="([\d.]+)" y="([\d.]+)"/g)].map(
      ([, x, y]) => [Number(x), Number(y)],
    );
    expect(bands).toHaveLength(fixtureCurriculum.levels.length);
    const xs = bands.map(([x]) => x as number);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(xs.length);
    expect(new Set(bands.map(([, y]) => y)).size).toBe(1);
  });
});

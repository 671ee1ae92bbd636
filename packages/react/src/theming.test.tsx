import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CurriculumProvider } from './CurriculumProvider';
import { LevelCard } from './LevelCard';
import { ProgressMeter } from './ProgressMeter';
import { ResourceLink } from './ResourceLink';
import { RoleBadge } from './RoleBadge';
import { SkillTag } from './SkillTag';
import { TopicItem } from './TopicItem';
import { fixtureCurriculum } from './test-fixtures/curriculum';

// The theming rule: tokens overridden on `.tm-root` (or higher) reach every component. A part used
// on its own is therefore a root itself; inside another component it is not (one root per tree).
describe('every component used on its own is a .tm-root', () => {
  it.each([
    ['ProgressMeter', <ProgressMeter key="p" value={1} label="p" data-testid="part" />],
    ['SkillTag', <SkillTag key="s" skill="python-skill" data-testid="part" />],
    ['RoleBadge', <RoleBadge key="r" jobRole="app-engineer" data-testid="part" />],
    [
      'ResourceLink',
      <ResourceLink
        key="l"
        resource={{ title: 'Docs', url: 'https://example.com/', kind: 'docs' }}
        data-testid="part"
      />,
    ],
    [
      'TopicItem',
      <ul key="t">
        <TopicItem topicId="python" data-testid="part" />
      </ul>,
    ],
  ])('%s', (_, element) => {
    const { getByTestId } = render(
      <CurriculumProvider curriculum={fixtureCurriculum}>{element}</CurriculumProvider>,
    );
    expect(getByTestId('part').classList.contains('tm-root')).toBe(true);
  });

  it('parts inside a component are not roots of their own', () => {
    const { container } = render(
      <LevelCard curriculum={fixtureCurriculum} levelId="l1" defaultExpanded />,
    );
    const parts = container.querySelectorAll(
      '.tm-progress, .tm-skill-tag, .tm-role-badge, .tm-topic',
    );
    expect(parts.length).toBeGreaterThan(3);
    expect([...parts].filter((part) => part.classList.contains('tm-root'))).toEqual([]);
  });
});

import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeConformance } from '../test-support/conformance';
import { renderWithFixture } from '../test-support/render';
import { SkillTag } from './SkillTag';

describeConformance('SkillTag', 'tm-skill-tag', (props) => (
  <SkillTag
    {...props}
    ref={props.ref as never}
    skill={{ id: 'rag', name: 'RAG', category: 'knowledge' }}
  />
));

describe('SkillTag', () => {
  it('shows the name and reads the category, colored by data-category', () => {
    render(<SkillTag skill={{ id: 'py', name: 'Python', category: 'programming' }} />);
    const tag = screen.getByText('Python');
    expect(tag.textContent).toBe('Programming: Python');
    expect(tag.getAttribute('data-category')).toBe('programming');
  });

  it('looks an id up in the provider and localizes it', () => {
    renderWithFixture(<SkillTag skill="retrieval" />, { locale: 'zh-CN' });
    expect(screen.getByText('检索').textContent).toBe('知识: 检索');
  });

  it('shows an unknown id as is', () => {
    renderWithFixture(<SkillTag skill="unknown-skill" data-testid="tag" />);
    const tag = screen.getByTestId('tag');
    expect(tag.textContent).toBe('unknown-skill');
    expect(tag.hasAttribute('data-category')).toBe(false);
  });
});

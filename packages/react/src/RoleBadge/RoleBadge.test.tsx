import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeConformance } from '../test-support/conformance';
import { renderWithFixture } from '../test-support/render';
import { RoleBadge } from './RoleBadge';

describeConformance('RoleBadge', 'tm-role-badge', (props) => (
  <RoleBadge
    {...props}
    ref={props.ref as never}
    jobRole={{ id: 'eng', title: 'Engineer', summary: 'Builds things.' }}
  />
));

describe('RoleBadge', () => {
  it('shows the role title, read as a role', () => {
    render(<RoleBadge jobRole={{ id: 'eng', title: 'Engineer', summary: 'Builds.' }} />);
    expect(screen.getByText('Engineer').textContent).toBe('Role: Engineer');
  });

  it('looks an id up in the provider, in the provider locale', () => {
    renderWithFixture(<RoleBadge jobRole="app-engineer" />, { locale: 'zh-CN' });
    expect(screen.getByText('大模型应用工程师').textContent).toBe('岗位：大模型应用工程师');
  });
});

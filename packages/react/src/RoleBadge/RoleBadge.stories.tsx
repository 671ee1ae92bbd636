import type { Meta, StoryObj } from '@storybook/react-vite';
import { localize, type Role } from '@trailmark/curriculum';
import { llmEngineer } from '@trailmark/curriculum/roadmaps/llm-engineer';
import { expect, within } from 'storybook/test';
import { fixtureCurriculum } from '../test-fixtures';
import { expectStoryFitsWidth } from '../test-fixtures/storyWidth';
import { RoleBadge } from './RoleBadge';

const engineer: Role = {
  id: 'app-engineer',
  title: { en: 'LLM application engineer', 'zh-CN': '大模型应用工程师' },
  summary: { en: 'Builds products on LLMs.', 'zh-CN': '基于大模型构建产品。' },
};

// Stories render inside the provider the Storybook preview builds, in the toolbar's locale.
const meta = {
  component: RoleBadge,
  tags: ['autodocs'],
  args: { jobRole: engineer },
  parameters: { trailmark: { curriculum: fixtureCurriculum } },
} satisfies Meta<typeof RoleBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A job role given as an object; "Role:" is read out before the title. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.tm-role-badge')).toHaveTextContent(
      'Role: LLM application engineer',
    );
  },
};

/** A role id, looked up in the provider's curriculum. */
export const ById: Story = {
  args: { jobRole: 'app-engineer' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('LLM application engineer')).toBeVisible();
  },
};

/** An id the curriculum does not know is shown as is. */
export const UnknownId: Story = {
  args: { jobRole: 'prompt-whisperer' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.tm-role-badge')).toHaveTextContent(
      'prompt-whisperer',
    );
  },
};

/** Dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
};

/** Simplified Chinese. */
export const ChineseSimplified: Story = {
  globals: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.tm-role-badge')).toHaveTextContent(
      '岗位：大模型应用工程师',
    );
  },
};

/** English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.tm-role-badge')).toHaveTextContent(
      'LLM application engineer',
    );
  },
};

/** Right-to-left. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
};

/** Long titles in both scripts at 320 px: the badge wraps inside the box. */
export const LongText: Story = {
  parameters: { trailmark: { width: 320 } },
  args: {
    jobRole: {
      id: 'long',
      title: {
        en: 'Principal large-language-model-infrastructure-and-evaluation engineer (training, serving, red-teaming)',
        'zh-CN': '首席大语言模型基础设施与评测工程师（训练、推理服务、红队测试与安全对齐）',
      },
      summary: 'A long title.',
    },
  },
  play: expectStoryFitsWidth,
};

/** The same in Chinese. */
export const LongTextChinese: Story = {
  ...LongText,
  globals: { locale: 'zh-CN' },
};

/** Every role of the built-in LLM engineer roadmap, by id. */
export const LlmEngineerRoles: Story = {
  parameters: { trailmark: { curriculum: llmEngineer } },
  render: (args) => (
    <p className="tm-tags">
      {llmEngineer.roles.map((role) => (
        <RoleBadge {...args} key={role.id} jobRole={role.id} />
      ))}
    </p>
  ),
  play: async ({ canvasElement }) => {
    const badges = [...canvasElement.querySelectorAll('.tm-role-badge')];
    await expect(badges.map((badge) => badge.textContent)).toEqual(
      llmEngineer.roles.map((role) => `Role: ${localize(role.title, 'en')}`),
    );
  },
};

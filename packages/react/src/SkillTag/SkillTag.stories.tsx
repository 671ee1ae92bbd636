import type { Meta, StoryObj } from '@storybook/react-vite';
import { SKILL_CATEGORIES, type Skill } from '@trailmark/curriculum';
import { llmEngineer } from '@trailmark/curriculum/roadmaps/llm-engineer';
import { expect, within } from 'storybook/test';
import { fixtureCurriculum } from '../test-fixtures';
import { expectStoryFitsWidth } from '../test-fixtures/storyWidth';
import { SkillTag } from './SkillTag';

const retrieval: Skill = {
  id: 'retrieval',
  name: { en: 'Retrieval', 'zh-CN': '检索' },
  category: 'knowledge',
};

// Stories render inside the provider the Storybook preview builds, in the toolbar's locale.
const meta = {
  component: SkillTag,
  tags: ['autodocs'],
  args: { skill: retrieval },
  parameters: { trailmark: { curriculum: fixtureCurriculum } },
} satisfies Meta<typeof SkillTag>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A skill given as an object; its category is read out before the name. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const tag = canvasElement.querySelector('.tm-skill-tag');
    await expect(tag).toHaveTextContent('Knowledge: Retrieval');
    await expect(tag).toHaveAttribute('data-category', 'knowledge');
  },
};

/** One tag per category; color is never the only cue. */
export const EveryCategory: Story = {
  render: (args) => (
    <p className="tm-tags">
      {SKILL_CATEGORIES.map((category) => (
        <SkillTag
          {...args}
          key={category}
          skill={{ id: category, name: `A ${category} skill`, category }}
        />
      ))}
    </p>
  ),
  play: async ({ canvasElement }) => {
    const tags = [...canvasElement.querySelectorAll('.tm-skill-tag')];
    await expect(tags.map((tag) => tag.getAttribute('data-category'))).toEqual([
      ...SKILL_CATEGORIES,
    ]);
  },
};

/** A skill id, looked up in the provider's curriculum. */
export const ById: Story = {
  args: { skill: 'python-skill' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Python')).toBeVisible();
  },
};

/** An id the curriculum does not know is shown as is, without a category. */
export const UnknownId: Story = {
  args: { skill: 'prompt-golf' },
  play: async ({ canvasElement }) => {
    const tag = canvasElement.querySelector('.tm-skill-tag');
    await expect(tag).toHaveTextContent('prompt-golf');
    await expect(tag).not.toHaveAttribute('data-category');
  },
};

/** Dark theme. */
export const Dark: Story = {
  ...EveryCategory,
  globals: { theme: 'dark' },
};

/** Simplified Chinese name and category. */
export const ChineseSimplified: Story = {
  globals: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.tm-skill-tag')).toHaveTextContent('知识: 检索');
  },
};

/** English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.tm-skill-tag')).toHaveTextContent('Retrieval');
  },
};

/** Right-to-left. */
export const RightToLeft: Story = {
  ...EveryCategory,
  globals: { direction: 'rtl' },
};

/** Long names in both scripts at 320 px: tags wrap inside the box. */
export const LongText: Story = {
  parameters: { trailmark: { width: 320 } },
  args: {
    skill: {
      id: 'long',
      name: {
        en: 'Distributed-training-and-inference-optimization (DeepSpeed/Megatron-LM/FSDP/vLLM/TensorRT-LLM) for very large models',
        'zh-CN': '超大模型的分布式训练与推理优化（DeepSpeed/Megatron-LM/FSDP/vLLM/TensorRT-LLM）',
      },
      category: 'programming',
    },
  },
  play: expectStoryFitsWidth,
};

/** The same in Chinese. */
export const LongTextChinese: Story = {
  ...LongText,
  globals: { locale: 'zh-CN' },
};

/** Every skill of the built-in LLM engineer roadmap, by id. */
export const LlmEngineerSkills: Story = {
  parameters: { trailmark: { curriculum: llmEngineer } },
  render: (args) => (
    <p className="tm-tags">
      {llmEngineer.skills.map((skill) => (
        <SkillTag {...args} key={skill.id} skill={skill.id} />
      ))}
    </p>
  ),
  play: async ({ canvasElement }) => {
    const tags = canvasElement.querySelectorAll('.tm-skill-tag[data-category]');
    await expect(tags).toHaveLength(llmEngineer.skills.length);
  },
};

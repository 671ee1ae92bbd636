import type { Meta, StoryObj } from '@storybook/react-vite';
import { parseCurriculum } from '@trailmark/curriculum';
import { expect, within } from 'storybook/test';
import { expectStoryFitsWidth } from '../test-fixtures/storyWidth';
import { ErrorPanel, type ErrorPanelIssue } from './ErrorPanel';

const issues: ErrorPanelIssue[] = [
  {
    path: 'levels[1].modules[0].topics[3].resources[0].url',
    message:
      '"javascript:alert(1)" is not an http(s) URL; links must start with https:// or http://, with no user info ("…@") before the host',
  },
  {
    path: 'levels[0].title',
    message:
      'required field is missing; expected text: a non-empty string, or an object of locale -> text such as {"en": "…"}',
  },
];

// Stories render in the toolbar's locale (passed as `locale`, since there is no provider).
const meta = {
  component: ErrorPanel,
  tags: ['autodocs'],
  args: { issues, headingLevel: 2, maxIssues: 20 },
  render: (args, { globals }) => <ErrorPanel locale={globals.locale} {...args} />,
} satisfies Meta<typeof ErrorPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An alert with a heading, the number of problems, and each problem's path and message. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(within(alert).getByRole('heading', { level: 2 })).toHaveTextContent(
      'This roadmap cannot be shown',
    );
    await expect(alert).toHaveTextContent('2 problems found');
    await expect(within(alert).getAllByRole('listitem')).toHaveLength(2);
  },
};

const emptyObject = parseCurriculum({});
const notAnObject = parseCurriculum(42);

/** The issues `parseCurriculum` reports for an empty object, as the provider would show them. */
export const FromParseCurriculum: Story = {
  args: { issues: emptyObject.ok ? [] : emptyObject.issues },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('listitem').length).toBeGreaterThan(1);
  },
};

/** An issue about the whole document: `parseCurriculum` gives it the path `(root)`. */
export const WholeDocument: Story = {
  args: { issues: notAnObject.ok ? [] : notAnObject.issues },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('listitem')).toHaveTextContent(
      '(root) expected a curriculum (an object), got 42',
    );
  },
};

/** An issue without a path (one of your own): the message alone. */
export const WithoutPath: Story = {
  args: { issues: [{ path: '', message: 'The file could not be read.' }] },
  play: async ({ canvasElement }) => {
    const item = within(canvasElement).getByRole('listitem');
    await expect(item).toHaveTextContent(/^The file could not be read\.$/);
    await expect(item.querySelector('code')).toBeNull();
  },
};

const many = Array.from({ length: 35 }, (_, index) => ({
  path: `levels[0].modules[0].topics[${index}].estimatedHours`,
  message: 'expected a number of hours above 0, got -1',
}));

/** More issues than `maxIssues`: the rest are counted, not listed. */
export const ManyIssues: Story = {
  args: { issues: many, maxIssues: 5 },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(within(alert).getAllByRole('listitem')).toHaveLength(5);
    await expect(alert).toHaveTextContent('…and 30 more');
  },
};

/** Own heading text and level. */
export const CustomHeading: Story = {
  args: { heading: 'Your file has problems', headingLevel: 3 },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('heading', { level: 3, name: 'Your file has problems' }),
    ).toBeVisible();
  },
};

/** A failure that is not about the content (a network error): a description and no issue list. */
export const DescriptionOnly: Story = {
  args: {
    issues: [],
    description:
      'https://example.com/roadmap.json answered HTTP 404 Not Found; expected 200 with a curriculum JSON document.',
  },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveTextContent('answered HTTP 404 Not Found');
    await expect(within(alert).queryByRole('list')).toBeNull();
  },
};

/** Dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
};

/** Simplified Chinese interface strings. */
export const ChineseSimplified: Story = {
  globals: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveTextContent('无法显示此路线图');
    await expect(alert).toHaveTextContent('发现 2 个问题');
  },
};

/** English. */
export const English: Story = {
  globals: { locale: 'en' },
};

/** Right-to-left. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
};

/** Long paths and messages at 320 px: they wrap inside the panel. */
export const LongText: Story = {
  parameters: { trailmark: { width: 320 } },
  args: {
    issues: [
      {
        path: 'levels[4].modules[12].topics[137].resources[21].url.searchParams.utm_campaign_identifier',
        message:
          '"https://example.com/a/very/long/url/that/never/breaks/because/it/has/no/spaces/at/all/and/keeps/going" is not reachable; expected https://',
      },
      {
        path: 'levels[0].title.zh-CN',
        message:
          '标题不能为空：请为每个阶段提供简体中文和英文标题，否则无法在对应语言下显示此路线图。',
      },
    ],
  },
  play: expectStoryFitsWidth,
};

/** The same in Chinese. */
export const LongTextChinese: Story = {
  ...LongText,
  globals: { locale: 'zh-CN' },
};

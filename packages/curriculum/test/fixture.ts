/**
 * A small bilingual curriculum for tests: three levels (the last optional), prerequisites across
 * levels, skills, roles and resources. Tests take a fresh copy with `fixtureInput()` and change it.
 */
import {
  assertCurriculum,
  type Curriculum,
  type CurriculumInput,
  defineCurriculum,
} from '../src/index.js';

const FIXTURE = defineCurriculum({
  $schema: './node_modules/@trailmark/curriculum/dist/schema.json',
  schemaVersion: 1,
  id: 'web-basics',
  version: '1.2.0',
  title: { en: 'Web basics', 'zh-CN': '网页基础' },
  summary: { en: 'From HTML to a deployed app.', 'zh-CN': '从 HTML 到上线的应用。' },
  defaultLocale: 'en',
  locales: ['en', 'zh-CN'],
  updatedAt: '2024-06-01',
  license: 'CC-BY-4.0',
  authors: [{ name: 'Web Team', url: 'https://example.org/team' }],
  skills: [
    { id: 'markup', name: { en: 'Markup', 'zh-CN': '标记' }, category: 'knowledge' },
    { id: 'scripting', name: 'Scripting', category: 'programming' },
  ],
  roles: [{ id: 'frontend', title: 'Front-end developer', summary: 'Builds user interfaces.' }],
  levels: [
    {
      id: 'l1',
      code: 'L1',
      title: { en: 'Foundations', 'zh-CN': '基础' },
      summary: 'Structure and style.',
      outcomes: ['Write a page by hand'],
      roles: ['frontend'],
      skills: ['markup'],
      modules: [
        {
          id: 'markup-module',
          title: 'Markup',
          summary: 'HTML and CSS.',
          topics: [
            {
              id: 'html',
              title: { en: 'HTML', 'zh-CN': 'HTML 入门' },
              summary: 'Elements and attributes.',
              kind: 'concept',
              estimatedHours: 4,
              skills: ['markup'],
              resources: [
                {
                  title: 'MDN: HTML',
                  url: 'https://developer.mozilla.org/en-US/docs/Web/HTML',
                  kind: 'docs',
                  language: 'en',
                  free: true,
                },
              ],
            },
            {
              id: 'css',
              title: 'CSS',
              summary: 'Selectors and layout.',
              kind: 'concept',
              estimatedHours: 6,
              prerequisites: ['html'],
            },
          ],
        },
      ],
    },
    {
      id: 'l2',
      code: 'L2',
      title: 'Interactivity',
      summary: 'Scripts in the page.',
      modules: [
        {
          id: 'scripting-module',
          title: 'Scripting',
          summary: 'JavaScript in the browser.',
          topics: [
            {
              id: 'javascript',
              title: 'JavaScript',
              summary: 'The language.',
              kind: 'concept',
              estimatedHours: 10,
              prerequisites: ['html'],
              skills: ['scripting'],
            },
            {
              id: 'dom',
              title: 'The DOM',
              summary: 'Changing the page.',
              kind: 'practice',
              estimatedHours: 5,
              prerequisites: ['javascript', 'css'],
            },
            {
              id: 'animations',
              title: 'Animations',
              summary: 'Motion on the page.',
              kind: 'practice',
              estimatedHours: 3,
              prerequisites: ['css'],
              optional: true,
            },
            {
              id: 'todo-app',
              title: 'A to-do app',
              summary: 'Put it together.',
              kind: 'project',
              estimatedHours: 8,
              prerequisites: ['dom'],
            },
          ],
        },
      ],
    },
    {
      id: 'l3',
      code: '★',
      title: 'Beyond',
      summary: 'For the curious.',
      optional: true,
      estimatedHours: 20,
      modules: [
        {
          id: 'deep-module',
          title: 'Deeper',
          summary: 'Under the hood.',
          topics: [
            {
              id: 'engines',
              title: 'Browser engines',
              summary: 'How pages are rendered.',
              kind: 'concept',
              estimatedHours: 12,
              prerequisites: ['dom'],
              resources: [
                {
                  title: 'How browsers work',
                  url: 'https://web.dev/articles/howbrowserswork',
                  kind: 'article',
                  free: false,
                },
              ],
            },
          ],
        },
      ],
    },
  ],
});

/** A fresh, deep copy of the fixture as authored, safe to change. */
export function fixtureInput(): CurriculumInput & Record<string, unknown> {
  return structuredClone(FIXTURE) as CurriculumInput & Record<string, unknown>;
}

/** The fixture parsed (a fresh object each call; deep-frozen, like every parsed curriculum). */
export function fixture(): Curriculum {
  return assertCurriculum(fixtureInput());
}

/**
 * The parsed fixture as an unfrozen deep copy, for tests that change parsed data to build a case
 * (parsed curricula themselves are frozen).
 */
export function fixtureCopy(): Curriculum {
  return structuredClone(fixture());
}

/** Topic ids of the fixture in document order. */
export const FIXTURE_TOPIC_IDS = [
  'html',
  'css',
  'javascript',
  'dom',
  'animations',
  'todo-app',
  'engines',
];

/**
 * The curriculum `trailmark init` writes: small, valid, and showing each part of the format once.
 */
import { stringify } from 'yaml';
import type { CurriculumInput } from '../schema.js';

/** Where an installed package's schema is, from the project root (never a remote host). */
export const SCHEMA_FROM_PROJECT_ROOT = 'node_modules/@trailmark/curriculum/dist/schema.json';

/** The starter document, without `$schema` (added per file by {@link renderStarter}). */
export const STARTER = {
  schemaVersion: 1,
  id: 'my-roadmap',
  version: '0.1.0',
  title: 'My learning roadmap',
  summary: 'What this roadmap teaches, and who it is for.',
  defaultLocale: 'en',
  locales: ['en'],
  levels: [
    {
      id: 'foundations',
      code: 'L1',
      title: 'Foundations',
      summary: 'The ideas everything else builds on. Hours are estimates for a typical learner.',
      outcomes: ['Explain the core ideas in your own words'],
      skills: ['core-concepts'],
      modules: [
        {
          id: 'first-steps',
          title: 'First steps',
          summary: 'Start here.',
          topics: [
            {
              id: 'core-ideas',
              title: 'Core ideas',
              summary: 'What the field is about and why it matters.',
              kind: 'concept',
              estimatedHours: 4,
              skills: ['core-concepts'],
              resources: [
                {
                  title: 'An introduction worth reading',
                  url: 'https://example.com/introduction',
                  kind: 'article',
                  free: true,
                },
              ],
            },
            {
              id: 'first-project',
              title: 'A first project',
              summary: 'Build something small with what you learned.',
              kind: 'project',
              estimatedHours: 8,
              prerequisites: ['core-ideas'],
              skills: ['building'],
            },
          ],
        },
      ],
    },
    {
      id: 'practice',
      code: 'L2',
      title: 'Practice',
      summary: 'Doing the work on real problems, ready for a first job.',
      roles: ['junior'],
      skills: ['building'],
      modules: [
        {
          id: 'real-work',
          title: 'Real work',
          summary: 'Projects like the ones at work.',
          topics: [
            {
              id: 'team-project',
              title: 'A team project',
              summary: 'Plan, build and ship a project with others.',
              kind: 'project',
              estimatedHours: 20,
              prerequisites: ['first-project'],
              skills: ['building', 'teamwork'],
            },
          ],
        },
      ],
    },
  ],
  skills: [
    { id: 'core-concepts', name: 'Core concepts', category: 'knowledge' },
    { id: 'building', name: 'Building things', category: 'practice' },
    { id: 'teamwork', name: 'Working in a team', category: 'collaboration' },
  ],
  roles: [{ id: 'junior', title: 'Junior practitioner', summary: 'The first job this leads to.' }],
} satisfies CurriculumInput;

/**
 * The starter as the text of a `.json` or `.yaml` file whose `$schema` reference is `schemaPath`
 * (relative to the file): a `"$schema"` key in JSON, a `yaml-language-server` comment in YAML.
 */
export function renderStarter(format: 'json' | 'yaml', schemaPath: string): string {
  if (format === 'json') {
    return `${JSON.stringify({ $schema: schemaPath, ...STARTER }, null, 2)}\n`;
  }
  return [
    `# yaml-language-server: $schema=${schemaPath}`,
    '# A starter curriculum: edit it, then check it with "npx trailmark validate".',
    stringify(STARTER, { lineWidth: 0 }),
  ].join('\n');
}

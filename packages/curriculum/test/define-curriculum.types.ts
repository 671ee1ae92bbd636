// Type tests, checked by `npm run typecheck` (tsc over `test/`), never run: each `@ts-expect-error`
// fails the typecheck when the error it expects goes away.
import { type CurriculumInput, defineCurriculum } from '../src/index.js';

/** The fields every level needs, to keep the cases short (a spread is not checked field by field). */
const level = { id: 'l1', code: 'L1', title: 'Basics', summary: 'First steps.' };
const head = {
  schemaVersion: 1,
  id: 'web',
  version: '1.0.0',
  title: 'Web',
  summary: 'Web basics.',
  defaultLocale: 'en',
  locales: ['en'],
};

/** A correct curriculum, optional fields and translated texts included. */
export const valid = defineCurriculum({
  ...head,
  title: { en: 'Web', 'zh-CN': '网页' },
  locales: ['en', 'zh-CN'],
  license: 'CC-BY-4.0',
  levels: [
    {
      ...level,
      optional: false,
      modules: [
        {
          id: 'm1',
          title: 'M1',
          summary: 'S',
          topics: [
            {
              id: 'python',
              title: 'Python',
              summary: 'The language.',
              kind: 'practice',
              estimatedHours: 20,
              prerequisites: [],
              resources: [{ title: 'Docs', url: 'https://docs.python.org/3/', kind: 'docs' }],
            },
          ],
        },
      ],
    },
  ],
});

/** It returns what it was given, with its literal types. */
export const topicId: 'python' = valid.levels[0].modules[0].topics[0].id;

/** A value already typed (read from elsewhere) is accepted as it is. */
export const typed = (input: CurriculumInput) => defineCurriculum(input);

export const misspelledTopicField = defineCurriculum({
  ...head,
  levels: [
    {
      ...level,
      modules: [
        {
          id: 'm1',
          title: 'M1',
          summary: 'S',
          topics: [
            {
              id: 'rag',
              title: 'RAG',
              summary: 'Retrieval.',
              kind: 'project',
              estimatedHours: 12,
              // @ts-expect-error: a topic has `prerequisites`, not `prerequisite`
              prerequisite: ['python'],
            },
          ],
        },
      ],
    },
  ],
});

export const misspelledResourceField = defineCurriculum({
  ...head,
  levels: [
    {
      ...level,
      modules: [
        {
          id: 'm1',
          title: 'M1',
          summary: 'S',
          topics: [
            {
              id: 'rag',
              title: 'RAG',
              summary: 'Retrieval.',
              kind: 'project',
              estimatedHours: 12,
              resources: [
                {
                  title: 'Docs',
                  url: 'https://example.com/',
                  kind: 'docs',
                  // @ts-expect-error: a resource has `free`, not `isFree`
                  isFree: true,
                },
              ],
            },
          ],
        },
      ],
    },
  ],
});

export const misspelledLevelField = defineCurriculum({
  ...head,
  levels: [
    {
      ...level,
      // @ts-expect-error: a level has `optional`, not `isOptional`
      isOptional: true,
      modules: [
        {
          id: 'm1',
          title: 'M1',
          summary: 'S',
          topics: [{ id: 'a', title: 'A', summary: 'A.', kind: 'concept', estimatedHours: 1 }],
        },
      ],
    },
  ],
});

export const wrongType = defineCurriculum({
  ...head,
  levels: [
    {
      ...level,
      modules: [
        {
          id: 'm1',
          title: 'M1',
          summary: 'S',
          // @ts-expect-error: hours are a number
          topics: [{ id: 'a', title: 'A', summary: 'A.', kind: 'concept', estimatedHours: '1' }],
        },
      ],
    },
  ],
});

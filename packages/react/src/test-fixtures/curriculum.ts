import type { CurriculumInput } from '@trailmark/curriculum';

/**
 * A small bilingual curriculum for tests and stories: three levels (the last optional), modules,
 * cross-level prerequisites, skills, roles and resources.
 *
 * Topic ids: `python` `http` (L1 basics), `tokens` `prompting` (L1 llm-basics, `prompting`
 * needs `python`), `embeddings` (L2, needs `tokens`), `rag` (L2, needs `embeddings` and
 * `prompting`), `eval` (L2, optional), `pretraining` (L3, needs `rag`).
 */
export const fixtureCurriculum = {
  schemaVersion: 1,
  id: 'fixture-roadmap',
  version: '1.0.0',
  title: { en: 'Fixture roadmap', 'zh-CN': '测试路线图' },
  summary: { en: 'A small roadmap for tests.', 'zh-CN': '用于测试的小路线图。' },
  defaultLocale: 'en',
  locales: ['en', 'zh-CN'],
  skills: [
    { id: 'python-skill', name: { en: 'Python', 'zh-CN': 'Python' }, category: 'programming' },
    { id: 'retrieval', name: { en: 'Retrieval', 'zh-CN': '检索' }, category: 'knowledge' },
  ],
  roles: [
    {
      id: 'app-engineer',
      title: { en: 'LLM application engineer', 'zh-CN': '大模型应用工程师' },
      summary: { en: 'Builds products on LLMs.', 'zh-CN': '基于大模型构建产品。' },
    },
  ],
  levels: [
    {
      id: 'l1',
      code: 'L1',
      title: { en: 'Foundations', 'zh-CN': '基础' },
      summary: { en: 'Programming and first prompts.', 'zh-CN': '编程与第一个提示词。' },
      outcomes: [{ en: 'Call an LLM API from Python', 'zh-CN': '用 Python 调用大模型 API' }],
      roles: ['app-engineer'],
      skills: ['python-skill'],
      modules: [
        {
          id: 'basics',
          title: { en: 'Programming basics', 'zh-CN': '编程基础' },
          summary: { en: 'The language and the web.', 'zh-CN': '语言与网络。' },
          topics: [
            {
              id: 'python',
              title: { en: 'Python', 'zh-CN': 'Python 编程' },
              summary: {
                en: 'Syntax, packages, virtual environments.',
                'zh-CN': '语法、包与虚拟环境。',
              },
              kind: 'practice',
              estimatedHours: 20,
              skills: ['python-skill'],
              resources: [
                {
                  title: 'The Python Tutorial',
                  url: 'https://docs.python.org/3/tutorial/',
                  kind: 'docs',
                  language: 'en',
                  free: true,
                },
              ],
            },
            {
              id: 'http',
              title: { en: 'HTTP and JSON', 'zh-CN': 'HTTP 与 JSON' },
              summary: { en: 'Requests, responses, JSON bodies.', 'zh-CN': '请求、响应与 JSON。' },
              kind: 'concept',
              estimatedHours: 4,
            },
          ],
        },
        {
          id: 'llm-basics',
          title: { en: 'LLM basics', 'zh-CN': '大模型入门' },
          summary: { en: 'What a model sees.', 'zh-CN': '模型看到了什么。' },
          topics: [
            {
              id: 'tokens',
              title: { en: 'Tokens and context windows', 'zh-CN': 'Token 与上下文窗口' },
              summary: { en: 'How text becomes tokens.', 'zh-CN': '文本如何变成 token。' },
              kind: 'concept',
              estimatedHours: 3,
            },
            {
              id: 'prompting',
              title: { en: 'Prompt engineering', 'zh-CN': '提示词工程' },
              summary: { en: 'Instructions, examples, formats.', 'zh-CN': '指令、示例与格式。' },
              kind: 'practice',
              estimatedHours: 6,
              prerequisites: ['python'],
            },
          ],
        },
      ],
    },
    {
      id: 'l2',
      code: 'L2',
      title: { en: 'Applications', 'zh-CN': '应用开发' },
      summary: { en: 'Retrieval and evaluation.', 'zh-CN': '检索与评测。' },
      roles: ['app-engineer'],
      skills: ['retrieval'],
      modules: [
        {
          id: 'retrieval-module',
          title: { en: 'Retrieval', 'zh-CN': '检索增强' },
          summary: { en: 'Bring your own data.', 'zh-CN': '接入自己的数据。' },
          topics: [
            {
              id: 'embeddings',
              title: { en: 'Embeddings', 'zh-CN': '向量嵌入' },
              summary: { en: 'Vectors for meaning.', 'zh-CN': '表示语义的向量。' },
              kind: 'concept',
              estimatedHours: 5,
              prerequisites: ['tokens'],
              skills: ['retrieval'],
            },
            {
              id: 'rag',
              title: { en: 'Retrieval-augmented generation', 'zh-CN': '检索增强生成' },
              summary: { en: 'Answer from documents.', 'zh-CN': '基于文档作答。' },
              kind: 'project',
              estimatedHours: 12,
              prerequisites: ['embeddings', 'prompting'],
              skills: ['retrieval'],
              resources: [
                {
                  title: 'Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks',
                  url: 'https://arxiv.org/abs/2005.11401',
                  kind: 'paper',
                  language: 'en',
                  free: true,
                },
              ],
            },
            {
              id: 'eval',
              title: { en: 'Evaluation', 'zh-CN': '评测' },
              summary: { en: 'Measure answers.', 'zh-CN': '衡量回答质量。' },
              kind: 'practice',
              estimatedHours: 4,
              optional: true,
            },
          ],
        },
      ],
    },
    {
      id: 'l3',
      code: 'L3',
      title: { en: 'Research', 'zh-CN': '研究' },
      summary: { en: 'Train models.', 'zh-CN': '训练模型。' },
      optional: true,
      modules: [
        {
          id: 'training',
          title: { en: 'Training', 'zh-CN': '训练' },
          summary: { en: 'From data to weights.', 'zh-CN': '从数据到权重。' },
          topics: [
            {
              id: 'pretraining',
              title: { en: 'Pretraining', 'zh-CN': '预训练' },
              summary: {
                en: 'Next-token prediction at scale.',
                'zh-CN': '大规模下一个 token 预测。',
              },
              kind: 'concept',
              estimatedHours: 30,
              prerequisites: ['rag'],
            },
          ],
        },
      ],
    },
  ],
} as const satisfies CurriculumInput;

/** Every topic id of {@link fixtureCurriculum}, in document order. */
export const fixtureTopicIds = [
  'python',
  'http',
  'tokens',
  'prompting',
  'embeddings',
  'rag',
  'eval',
  'pretraining',
] as const;

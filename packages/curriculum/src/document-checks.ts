/**
 * Rules over the whole document, checked once its shape is right: ids unique per kind, references
 * that resolve, prerequisites without cycles, the default locale present, links that parse.
 * (That links are http(s) is already part of the shape: `HTTP_URL_PATTERN`.)
 */
import { topicGraph, walk } from './graph.js';
import { type CurriculumIssue, createIssue, formatPath, type IssueCode, quote } from './issues.js';
import type { Curriculum, LocalizedText, Topic } from './schema.js';
import type { Suggest } from './suggest.js';
import { type TopicEntry, topicIndex } from './topics.js';

type Segments = (string | number)[];
type Kind = 'level' | 'module' | 'topic' | 'skill' | 'role';

/** All problems of a curriculum whose shape is already valid, in document order per rule. */
export function checkDocument(c: Curriculum, suggest: Suggest): CurriculumIssue[] {
  const issues: CurriculumIssue[] = [];
  const report = (at: Segments, code: IssueCode, message: string) => {
    issues.push(createIssue(at, code, message));
  };
  // Each kind has its own namespace; modules and topics are unique across the whole curriculum.
  const defined: Record<Kind, Map<string, Segments>> = {
    level: new Map(),
    module: new Map(),
    topic: new Map(),
    skill: new Map(),
    role: new Map(),
  };
  const define = (kind: Kind, id: string, at: Segments) => {
    const earlier = defined[kind].get(id);
    if (earlier) {
      report(
        [...at, 'id'],
        'duplicate_id',
        `${kind} id ${quote(id)} is already used by ${formatPath(earlier)}; give each ${kind} its own id`,
      );
    } else {
      defined[kind].set(id, at);
    }
  };
  const { defaultLocale } = c;
  // Paths are built only for problems found: most documents have none, and a path per text would
  // be thousands of arrays for nothing.
  const texts = (owner: object, at: Segments, ...keys: (string | number)[]) => {
    for (const key of keys) {
      const value = (owner as Record<string, LocalizedText | undefined>)[key];
      if (value === undefined || typeof value === 'string' || Object.hasOwn(value, defaultLocale)) {
        continue;
      }
      report(
        [...at, key],
        'missing_locale',
        `has no text for the defaultLocale ${quote(defaultLocale)}; add it`,
      );
    }
  };
  const url = (owner: { url?: string }, at: Segments) => {
    // try/new URL rather than URL.canParse, which older browsers lack.
    try {
      if (owner.url !== undefined) new URL(owner.url);
    } catch {
      report(
        [...at, 'url'],
        'invalid_format',
        `${quote(owner.url as string)} is not a valid URL; check it for typos`,
      );
    }
  };

  if (!c.locales.includes(defaultLocale)) {
    report(
      ['locales'],
      'missing_locale',
      `does not include the defaultLocale ${quote(defaultLocale)}; add it`,
    );
  }
  texts(c, [], 'title', 'summary');
  const topics: [Topic, Segments][] = [];
  c.authors?.forEach((author, i) => {
    url(author, ['authors', i]);
  });
  c.skills.forEach((skill, i) => {
    define('skill', skill.id, ['skills', i]);
    texts(skill, ['skills', i], 'name', 'summary');
  });
  c.roles.forEach((role, i) => {
    define('role', role.id, ['roles', i]);
    texts(role, ['roles', i], 'title', 'summary');
  });
  c.levels.forEach((level, li) => {
    const at: Segments = ['levels', li];
    define('level', level.id, at);
    texts(level, at, 'title', 'summary');
    texts(level.outcomes, [...at, 'outcomes'], ...level.outcomes.keys());
    level.modules.forEach((module, mi) => {
      const moduleAt: Segments = [...at, 'modules', mi];
      define('module', module.id, moduleAt);
      texts(module, moduleAt, 'title', 'summary');
      module.topics.forEach((topic, ti) => {
        const topicAt: Segments = [...moduleAt, 'topics', ti];
        define('topic', topic.id, topicAt);
        texts(topic, topicAt, 'title', 'summary');
        topics.push([topic, topicAt]);
        topic.resources.forEach((resource, ri) => {
          const resourceAt = [...topicAt, 'resources', ri];
          texts(resource, resourceAt, 'title');
          url(resource, resourceAt);
        });
      });
    });
  });

  // References are checked once every id is known: a prerequisite may come later in the document.
  const refer = (kind: Kind, ids: string[], at: Segments, key: string, self?: string) => {
    ids.forEach((id, i) => {
      if (id === self) {
        report(
          [...at, key, i],
          'prerequisite_cycle',
          `topic ${quote(id)} lists itself as a prerequisite; remove it`,
        );
      } else if (!defined[kind].has(id)) {
        const hint = suggest(id, [...defined[kind].keys()]);
        report(
          [...at, key, i],
          'unknown_reference',
          `no ${kind} has the id ${quote(id)}; use the id of a ${kind} of this curriculum${hint}`,
        );
      }
    });
  };
  c.levels.forEach((level, li) => {
    refer('role', level.roles, ['levels', li], 'roles');
    refer('skill', level.skills, ['levels', li], 'skills');
  });
  for (const [topic, at] of topics) {
    refer('topic', topic.prerequisites, at, 'prerequisites', topic.id);
    refer('skill', topic.skills, at, 'skills');
  }

  // Self-references are reported above; every other cycle once, from where the walk closed it.
  const graph = topicGraph(c);
  for (const cycle of walk(graph).cycles) {
    if (cycle.length === 2) continue;
    const [first, second] = cycle.map((v) => graph.ids[v] as string) as [string, string];
    const start = topicIndex(c).get(first) as TopicEntry;
    report(
      [
        ...(defined.topic.get(first) as Segments),
        'prerequisites',
        start.topic.prerequisites.indexOf(second),
      ],
      'prerequisite_cycle',
      `prerequisites form a cycle: ${cycle.map((v) => graph.ids[v]).join(' -> ')}; remove one of these prerequisites`,
    );
  }
  return issues;
}

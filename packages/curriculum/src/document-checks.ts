/**
 * Rules over the whole document, checked once its shape is right: ids unique per kind, references
 * that resolve, prerequisites without cycles, the default locale present, links that parse.
 * (That links are http(s) is already part of the shape: `HTTP_URL_PATTERN`.)
 */
import { topicGraph, walk } from './graph.js';
import { type CurriculumIssue, createIssue, formatPath, type IssueCode, quote } from './issues.js';
import type { Curriculum, LocalizedText } from './schema.js';
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
  const text = (value: LocalizedText | undefined, at: Segments) => {
    if (value === undefined || typeof value === 'string' || Object.hasOwn(value, defaultLocale)) {
      return;
    }
    report(
      at,
      'missing_locale',
      `has no text for the defaultLocale ${quote(defaultLocale)}; add it`,
    );
  };
  const url = (value: string | undefined, at: Segments) => {
    // try/new URL rather than URL.canParse, which older browsers lack.
    try {
      if (value !== undefined) new URL(value);
    } catch {
      report(
        at,
        'invalid_format',
        `${quote(value as string)} is not a valid URL; check it for typos`,
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
  text(c.title, ['title']);
  text(c.summary, ['summary']);
  c.authors?.forEach((author, i) => {
    url(author.url, ['authors', i, 'url']);
  });
  c.skills.forEach((skill, i) => {
    define('skill', skill.id, ['skills', i]);
    text(skill.name, ['skills', i, 'name']);
    text(skill.summary, ['skills', i, 'summary']);
  });
  c.roles.forEach((role, i) => {
    define('role', role.id, ['roles', i]);
    text(role.title, ['roles', i, 'title']);
    text(role.summary, ['roles', i, 'summary']);
  });
  c.levels.forEach((level, li) => {
    const at: Segments = ['levels', li];
    define('level', level.id, at);
    text(level.title, [...at, 'title']);
    text(level.summary, [...at, 'summary']);
    level.outcomes.forEach((outcome, i) => {
      text(outcome, [...at, 'outcomes', i]);
    });
    level.modules.forEach((module, mi) => {
      const moduleAt: Segments = [...at, 'modules', mi];
      define('module', module.id, moduleAt);
      text(module.title, [...moduleAt, 'title']);
      text(module.summary, [...moduleAt, 'summary']);
      module.topics.forEach((topic, ti) => {
        const topicAt: Segments = [...moduleAt, 'topics', ti];
        define('topic', topic.id, topicAt);
        text(topic.title, [...topicAt, 'title']);
        text(topic.summary, [...topicAt, 'summary']);
        topic.resources.forEach((resource, ri) => {
          text(resource.title, [...topicAt, 'resources', ri, 'title']);
          url(resource.url, [...topicAt, 'resources', ri, 'url']);
        });
      });
    });
  });

  // References are checked once every id is known: a prerequisite may come later in the document.
  const refer = (kind: Kind, ids: string[], at: Segments, self?: string) => {
    ids.forEach((id, i) => {
      if (id === self) {
        report(
          [...at, i],
          'prerequisite_cycle',
          `topic ${quote(id)} lists itself as a prerequisite; remove it`,
        );
      } else if (!defined[kind].has(id)) {
        const hint = suggest(id, [...defined[kind].keys()]);
        report(
          [...at, i],
          'unknown_reference',
          `no ${kind} has the id ${quote(id)}; use the id of a ${kind} of this curriculum${hint}`,
        );
      }
    });
  };
  c.levels.forEach((level, li) => {
    refer('role', level.roles, ['levels', li, 'roles']);
    refer('skill', level.skills, ['levels', li, 'skills']);
    level.modules.forEach((module, mi) => {
      module.topics.forEach((topic, ti) => {
        const at = ['levels', li, 'modules', mi, 'topics', ti];
        refer('topic', topic.prerequisites, [...at, 'prerequisites'], topic.id);
        refer('skill', topic.skills, [...at, 'skills']);
      });
    });
  });

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

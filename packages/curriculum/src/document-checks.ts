/**
 * Rules over the whole document, checked once its shape is right: ids unique per kind, references
 * that resolve, prerequisites without cycles, the default locale present, links that parse, a date
 * on the calendar. (That links are http(s) is already part of the shape: `HTTP_URL_PATTERN`.)
 */
import { isCalendarDate } from './dates.js';
import { buildTopicGraph, walk } from './graph.js';
import {
  type CurriculumIssue,
  createIssue,
  formatPath,
  type IdKind,
  type IssueCode,
  type IssueParams,
  summarizeValue,
} from './issues.js';
import type { Curriculum, LocalizedText, Topic } from './schema.js';
import type { Suggest } from './suggest.js';

type Segments = (string | number)[];
type Kind = IdKind;
/** A thing with an id and texts: a level, module, topic, skill or role. */
type Named = { id: string; name?: LocalizedText; title?: LocalizedText; summary?: LocalizedText };

/** All problems of a curriculum whose shape is already valid, in document order per rule. */
export function checkDocument(c: Curriculum, suggest: Suggest): CurriculumIssue[] {
  const issues: CurriculumIssue[] = [];
  const report = <C extends IssueCode>(at: Segments, code: C, params: IssueParams[C]) => {
    issues.push(createIssue(at, code, params) as CurriculumIssue);
  };
  // Each kind has its own namespace; modules and topics are unique across the whole curriculum.
  const defined: Record<Kind, Map<string, Segments>> = {
    level: new Map(),
    module: new Map(),
    topic: new Map(),
    skill: new Map(),
    role: new Map(),
  };
  const { defaultLocale } = c;
  // Paths are built only for problems found: most documents have none, and a path per text would
  // be thousands of arrays for nothing.
  const text = (value: LocalizedText | undefined, at: Segments, key: string | number) => {
    if (value === undefined || typeof value === 'string' || Object.hasOwn(value, defaultLocale)) {
      return;
    }
    report([...at, key], 'missing_locale', { locale: defaultLocale, where: 'text' });
  };
  // Records the id of a thing, reporting a repeat, and checks its texts.
  const define = (kind: Kind, thing: Named, at: Segments) => {
    const earlier = defined[kind].get(thing.id);
    if (earlier) {
      report([...at, 'id'], 'duplicate_id', {
        kind,
        id: thing.id,
        firstPath: formatPath(earlier),
      });
    } else {
      defined[kind].set(thing.id, at);
    }
    text(thing.name, at, 'name');
    text(thing.title, at, 'title');
    text(thing.summary, at, 'summary');
  };
  const url = (value: string | undefined, at: Segments) => {
    // try/new URL rather than URL.canParse, which older browsers lack.
    try {
      if (value !== undefined) new URL(value);
    } catch {
      report([...at, 'url'], 'invalid_format', { format: 'url', got: summarizeValue(value) });
    }
  };

  if (!c.locales.includes(defaultLocale)) {
    report(['locales'], 'missing_locale', { locale: defaultLocale, where: 'locales' });
  }
  if (c.updatedAt !== undefined && !isCalendarDate(c.updatedAt)) {
    report(['updatedAt'], 'invalid_format', {
      format: 'calendar_date',
      got: summarizeValue(c.updatedAt),
    });
  }
  text(c.title, [], 'title');
  text(c.summary, [], 'summary');
  c.authors?.forEach((author, i) => {
    url(author.url, ['authors', i]);
  });
  c.skills.forEach((skill, i) => {
    define('skill', skill, ['skills', i]);
  });
  c.roles.forEach((role, i) => {
    define('role', role, ['roles', i]);
  });
  const topics: Topic[] = [];
  const topicPaths: Segments[] = [];
  c.levels.forEach((level, li) => {
    const at: Segments = ['levels', li];
    define('level', level, at);
    level.outcomes.forEach((outcome, i) => {
      text(outcome, [...at, 'outcomes'], i);
    });
    level.modules.forEach((module, mi) => {
      const moduleAt = [...at, 'modules', mi];
      define('module', module, moduleAt);
      module.topics.forEach((topic, ti) => {
        const topicAt = [...moduleAt, 'topics', ti];
        define('topic', topic, topicAt);
        topics.push(topic);
        topicPaths.push(topicAt);
        topic.resources.forEach((resource, ri) => {
          const resourceAt = [...topicAt, 'resources', ri];
          text(resource.title, resourceAt, 'title');
          url(resource.url, resourceAt);
        });
      });
    });
  });

  // References are checked once every id is known: a prerequisite may come later in the document.
  const refer = (kind: Kind, ids: string[], at: Segments, key: string, self?: string) => {
    ids.forEach((id, i) => {
      if (id === self) {
        report([...at, key, i], 'prerequisite_cycle', { cycle: [id] });
      } else if (!defined[kind].has(id)) {
        const suggestion = suggest(id, [...defined[kind].keys()]);
        report([...at, key, i], 'unknown_reference', { kind, id, suggestion });
      }
    });
  };
  c.levels.forEach((level, li) => {
    refer('role', level.roles, ['levels', li], 'roles');
    refer('skill', level.skills, ['levels', li], 'skills');
  });
  topics.forEach((topic, i) => {
    const at = topicPaths[i] as Segments;
    refer('topic', topic.prerequisites, at, 'prerequisites', topic.id);
    refer('skill', topic.skills, at, 'skills');
  });

  // Self-references are reported above; every other cycle once, from where the walk closed it.
  // The graph is built here rather than taken from the shared cache, so that checking a document
  // leaves nothing behind (a cache entry would keep every parsed document alive until a full GC).
  const graph = buildTopicGraph(topics);
  for (const cycle of walk(graph).cycles) {
    if (cycle.length === 2) continue;
    const [first, second] = cycle.map((v) => graph.ids[v] as string) as [string, string];
    const at = defined.topic.get(first) as Segments;
    const start = topics[topicPaths.indexOf(at)] as Topic;
    report([...at, 'prerequisites', start.prerequisites.indexOf(second)], 'prerequisite_cycle', {
      cycle: cycle.map((v) => graph.ids[v] as string),
    });
  }
  return issues;
}

/**
 * Rules over the whole document: ids unique per kind, references that resolve, prerequisites
 * without cycles, the default locale present, links that parse, a date on the calendar. (That
 * links are http(s) is already part of the shape: `HTTP_URL_PATTERN`.) They are checked on a
 * document whose shape is wrong too, on the parts that are well formed, so that one run reports
 * every problem.
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

/**
 * All problems of a curriculum, in document order per rule. `shapeIssues`, when given, are the
 * problems its shape has: `c` is then raw input (an object), read leniently. A value with a shape
 * issue at or under it is skipped, and so is any list or thing that is not one; references to a
 * kind of thing are not judged when a thing of that kind could not be read (its id may be the
 * one referred to). So nothing reported follows from a malformed part.
 */
export function checkDocument(
  c: Curriculum,
  suggest: Suggest,
  shapeIssues?: readonly CurriculumIssue[],
): CurriculumIssue[] {
  const issues: CurriculumIssue[] = [];
  // Every path at or above a shape issue, so a lookup tells whether a value has one inside.
  let flawed: Set<string> | undefined;
  if (shapeIssues) {
    flawed = new Set();
    for (const { segments } of shapeIssues) {
      for (let n = 1; n <= segments.length; n++) flawed.add(JSON.stringify(segments.slice(0, n)));
    }
  }
  const bad = (at: Segments, key?: string | number) =>
    flawed?.has(JSON.stringify(key === undefined ? at : [...at, key]));
  // Kinds with a thing that could not be read: references to them cannot be judged.
  const unseen = new Set<Kind | undefined>();
  const items = <T>(list: T[]): T[] => (Array.isArray(list) ? list : []);
  // Visits the objects of a list (every item, in a valid document; a list left out is empty). A
  // malformed list that is not one or is empty, or an item that is not an object, may hide a thing
  // of kind `hides`.
  const each = <T>(
    list: T[] | undefined,
    hides: Kind | undefined,
    at: Segments,
    visit: (item: T, at: Segments) => void,
  ) => {
    if (bad(at) && !(Array.isArray(list) && list.length)) unseen.add(hides);
    items(list as T[]).forEach((item, i) => {
      if (item && typeof item === 'object') visit(item, [...at, i]);
      else unseen.add(hides);
    });
  };
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
  // Without a well-formed default locale, no text can be checked for it.
  const defaultLocale = bad([], 'defaultLocale') ? undefined : c.defaultLocale;
  // Paths are built only for problems found: most documents have none, and a path per text would
  // be thousands of arrays for nothing.
  const text = (value: LocalizedText | undefined, at: Segments, key: string | number) => {
    if (
      // Text left out, or a flawed default locale (a valid one is never empty).
      !value ||
      !defaultLocale ||
      bad(at, key) ||
      typeof value === 'string' ||
      Object.hasOwn(value, defaultLocale)
    ) {
      return;
    }
    report([...at, key], 'missing_locale', { locale: defaultLocale, where: 'text' });
  };
  // Records the id of a thing, reporting a repeat, and checks its texts. False for an id that
  // could not be read.
  const define = (kind: Kind, thing: Named, at: Segments) => {
    // An id that is not a string has a shape issue too.
    const readable = !bad(at, 'id');
    const earlier = readable && defined[kind].get(thing.id);
    if (!readable) unseen.add(kind);
    else if (earlier) {
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
    return readable;
  };
  const url = (value: string | undefined, at: Segments) => {
    // try/new URL rather than URL.canParse, which older browsers lack.
    try {
      if (value !== undefined && !bad(at, 'url')) new URL(value);
    } catch {
      report([...at, 'url'], 'invalid_format', { format: 'url', got: summarizeValue(value) });
    }
  };

  if (defaultLocale && !bad([], 'locales') && !c.locales.includes(defaultLocale)) {
    report(['locales'], 'missing_locale', { locale: defaultLocale, where: 'locales' });
  }
  if (c.updatedAt !== undefined && !bad([], 'updatedAt') && !isCalendarDate(c.updatedAt)) {
    report(['updatedAt'], 'invalid_format', {
      format: 'calendar_date',
      got: summarizeValue(c.updatedAt),
    });
  }
  text(c.title, [], 'title');
  text(c.summary, [], 'summary');
  each(c.authors, undefined, ['authors'], (author, at) => {
    url(author.url, at);
  });
  each(c.skills, 'skill', ['skills'], (skill, at) => {
    define('skill', skill, at);
  });
  each(c.roles, 'role', ['roles'], (role, at) => {
    define('role', role, at);
  });
  const topics: Topic[] = [];
  const topicPaths: Segments[] = [];
  // A level or module that cannot be read hides the topics in it.
  each(c.levels, 'topic', ['levels'], (level, at) => {
    define('level', level, at);
    items(level.outcomes).forEach((outcome, i) => {
      text(outcome, [...at, 'outcomes'], i);
    });
    each(level.modules, 'topic', [...at, 'modules'], (module, moduleAt) => {
      define('module', module, moduleAt);
      each(module.topics, 'topic', [...moduleAt, 'topics'], (topic, topicAt) => {
        if (define('topic', topic, topicAt)) {
          topics.push(topic);
          topicPaths.push(topicAt);
        }
        each(topic.resources, undefined, [...topicAt, 'resources'], (resource, resourceAt) => {
          text(resource.title, resourceAt, 'title');
          url(resource.url, resourceAt);
        });
      });
    });
  });

  // References are checked once every id is known: a prerequisite may come later in the document.
  const refer = (kind: Kind, ids: string[], at: Segments, key: string, self?: string) => {
    items(ids).forEach((id, i) => {
      // Whatever is not an id has a shape issue.
      if (flawed && bad([...at, key], i)) return;
      if (id === self) {
        report([...at, key, i], 'prerequisite_cycle', { cycle: [id] });
      } else if (!defined[kind].has(id) && !unseen.has(kind)) {
        const suggestion = suggest(id, [...defined[kind].keys()]);
        report([...at, key, i], 'unknown_reference', { kind, id, suggestion });
      }
    });
  };
  each(c.levels, undefined, ['levels'], (level, at) => {
    refer('role', level.roles, at, 'roles');
    refer('skill', level.skills, at, 'skills');
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

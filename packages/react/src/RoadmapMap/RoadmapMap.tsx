import { dependentsOf, prerequisitesOf } from '@trailmark/curriculum';
import type { LayoutDirection, LayoutNode, RoadmapLayout } from '@trailmark/curriculum/layout';
import { fillMessage } from '@trailmark/curriculum/locale';
import {
  type ComponentPropsWithoutRef,
  type FocusEvent,
  type ForwardedRef,
  forwardRef,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { type CurriculumContextValue, useCurriculumContext } from '../CurriculumProvider/context';
import { type CurriculumSourceProps, withCurriculum } from '../CurriculumProvider/withCurriculum';
import { ErrorPanel } from '../ErrorPanel/ErrorPanel';
import type { HeadingLevel } from '../Heading';
import { withMapMessages } from '../i18n/mapMessages';
import type { MapMessages, SharedMessages } from '../i18n/messages';
import { isRightToLeft } from '../RoadmapTimeline/direction';
import { classNames, flag, type ThemeProps } from '../root';
import { useControllableState } from '../useControllableState/useControllableState';
import {
  clampView,
  type Direction,
  type Extent,
  fitView,
  MAP_MARGIN,
  mirrorBox,
  nearestInDirection,
  panBy,
  revealBox,
  type Size,
  type View,
  zoomAt,
  zoomLimits,
} from './geometry';
import { cachedLayout } from './layoutCache';
import { MapCanvas } from './MapCanvas';
import { MapDetails } from './MapDetails';

/** Props of {@link RoadmapMap}. */
export interface RoadmapMapProps
  extends ComponentPropsWithoutRef<'div'>,
    ThemeProps,
    CurriculumSourceProps {
  /** The id of the topic whose details are shown, controlled; `null` for none. */
  selectedTopic?: string | null;
  /**
   * The selected topic at first, when not controlled.
   * @default null
   */
  defaultSelectedTopic?: string | null;
  /** Called with a topic's id when one is selected (click, tap, Enter), `null` when closed. */
  onSelectedTopicChange?: (topicId: string | null) => void;
  /**
   * `down`: levels as bands from top to bottom; `right`: from left to right (mirrored
   * right-to-left).
   * @default 'down'
   */
  direction?: LayoutDirection;
  /** Draw only this level (its id); prerequisites in other levels then draw no line. */
  level?: string;
  /**
   * The accessible name of the map.
   * @default "<curriculum title>: map"
   */
  label?: string;
  /**
   * The heading level of the selected topic's title in its details.
   * @default 3
   */
  headingLevel?: HeadingLevel;
  /**
   * The address of the same roadmap as a list (a page with the timeline): the map's toolbar links
   * to it, so every reader has the list form at hand.
   * @example timelineHref="/roadmap?view=timeline"
   */
  timelineHref?: string;
  /**
   * The address of a topic's own page: the details link to it.
   * @example topicHref={(id) => `/topics/${id}`}
   */
  topicHref?: (topicId: string) => string;
}

const ZOOM_STEP = 1.25;

/** Which topic a keyboard or pointer event is about: the nearest `data-topic-id` around its target. */
function topicOf(event: { target: EventTarget | null }): string | undefined {
  const target = event.target as Element | null;
  return target?.closest<SVGElement>('[data-topic-id]')?.dataset.topicId;
}

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

const nodeMaps = /* @__PURE__ */ new WeakMap<RoadmapLayout, Map<string, LayoutNode>>();

/** The layout's topics by id (cached per layout). */
function nodesById(layout: RoadmapLayout): Map<string, LayoutNode> {
  let map = nodeMaps.get(layout);
  if (!map) {
    map = new Map(layout.nodes.map((node) => [node.id, node]));
    nodeMaps.set(layout, map);
  }
  return map;
}

interface MapViewProps
  extends Omit<RoadmapMapProps, keyof CurriculumSourceProps | 'direction' | 'level'> {
  layout: RoadmapLayout;
  context: CurriculumContextValue;
  messages: SharedMessages & MapMessages;
  forwardedRef: ForwardedRef<HTMLDivElement>;
}

/** A pointer gesture in progress: pointers down, and whether it has become a drag. */
interface Gesture {
  pointers: Map<number, { x: number; y: number }>;
  start: { x: number; y: number } | null;
  dragging: boolean;
  /** A drag just ended: the click it would cause is not a selection. */
  swallowClick: boolean;
}

/** Where the last `[` or `]` jump started, to cycle through that topic's list on repeats. */
interface Jump {
  key: string;
  from: string;
  index: number;
  at: string;
}

function MapView({
  layout,
  context,
  messages,
  forwardedRef,
  selectedTopic,
  defaultSelectedTopic = null,
  onSelectedTopicChange,
  label,
  headingLevel = 3,
  timelineHref,
  topicHref,
  theme = 'auto',
  className,
  ...rest
}: MapViewProps) {
  const { curriculum, text } = context;
  const uid = useId().replace(/[^\w-]/g, '');
  const ids = useMemo(
    () => ({
      arrow: `tm-map${uid}-arrow`,
      details: `tm-map${uid}-details`,
      desc: `tm-map${uid}-desc`,
    }),
    [uid],
  );
  const byId = nodesById(layout);
  const [selected, setSelected] = useControllableState<string | null>({
    prop: selectedTopic,
    defaultProp: defaultSelectedTopic,
    onChange: onSelectedTopicChange,
    caller: 'RoadmapMap',
  });
  // An id the map does not draw (unknown, or in another level) selects nothing.
  const shown = selected !== null && byId.has(selected) ? selected : null;
  const [activeState, setActive] = useState<string | null>(null);
  const active =
    activeState !== null && byId.has(activeState)
      ? activeState
      : (shown ?? layout.nodes[0]?.id ?? null);

  // Until the browser has measured the viewport, the map is a picture at actual size in a
  // scrolling box: the server's markup, and what a reader without JavaScript keeps.
  const [view, setView] = useState<View | null>(null);
  const [size, setSize] = useState<Size | null>(null);
  const extent: Extent = useMemo(
    () => ({ width: layout.width + 2 * MAP_MARGIN, height: layout.height + 2 * MAP_MARGIN }),
    [layout],
  );
  const viewportRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const rtl = useRef(false);
  const jump = useRef<Jump | null>(null);
  const gesture = useRef<Gesture>({
    pointers: new Map(),
    start: null,
    dragging: false,
    swallowClick: false,
  });
  // Listeners added outside React (wheel) read the latest values from here.
  const latest = useRef({ view, size, extent });
  latest.current = { view, size, extent };

  /** A topic's box as drawn: mirrored right-to-left. */
  const drawn = (node: LayoutNode) => (rtl.current ? mirrorBox(node, layout.width) : node);

  function updateView(change: (current: View, size: Size, extent: Extent) => View) {
    const { size: current, extent: bounds } = latest.current;
    if (!current) return;
    setView((was) => (was ? change(was, current, bounds) : was));
  }

  function reveal(id: string) {
    const node = byId.get(id);
    if (node) updateView((was, current) => revealBox(was, drawn(node), current));
  }

  useEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport) return;
    rtl.current = isRightToLeft(viewport);
    const measure = () => {
      const next = { width: viewport.clientWidth, height: viewport.clientHeight };
      setSize((was) =>
        was && was.width === next.width && was.height === next.height ? was : next,
      );
    };
    measure();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    observer?.observe(viewport);

    // Wheel: zoom with Ctrl or ⌘ (also a touchpad pinch); pan when the map has focus or with Shift
    // or Alt; otherwise the page scrolls on. A listener of our own: React's wheel listener is
    // passive, so it could not keep the page still.
    function handleWheel(event: WheelEvent) {
      const { view: current, size: measured, extent: bounds } = latest.current;
      if (!current || !measured || !viewport) return;
      const zoom = event.ctrlKey || event.metaKey;
      const focused = viewport.contains(document.activeElement);
      if (!zoom && !focused && !event.shiftKey && !event.altKey) return;
      event.preventDefault();
      const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? measured.height : 1;
      const rect = viewport.getBoundingClientRect();
      setView((was) => {
        if (!was) return was;
        if (zoom) {
          const factor = Math.exp(-event.deltaY * unit * 0.002);
          return zoomAt(
            was,
            factor,
            event.clientX - rect.left,
            event.clientY - rect.top,
            bounds,
            measured,
          );
        }
        return panBy(was, -event.deltaX * unit, -event.deltaY * unit, bounds, measured);
      });
    }
    viewport.addEventListener('wheel', handleWheel, { passive: false });

    // Print the whole map, not the part in view: the drawing's own viewBox while printing, and
    // back after (React rewrites the attribute only when the view changes, so this is safe).
    let inView: string | null = null;
    function beforePrint() {
      const svg = svgRef.current;
      if (!svg) return;
      inView = svg.getAttribute('viewBox');
      const { extent: bounds } = latest.current;
      svg.setAttribute('viewBox', `${-MAP_MARGIN} ${-MAP_MARGIN} ${bounds.width} ${bounds.height}`);
    }
    function afterPrint() {
      if (inView !== null) svgRef.current?.setAttribute('viewBox', inView);
      inView = null;
    }
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      observer?.disconnect();
      viewport.removeEventListener('wheel', handleWheel);
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
    };
  }, []);

  // Once measured, the map becomes interactive: actual size at the start corner (what the server
  // drew), with the selected topic in view; on later resizes the view is only kept in bounds.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs per size and layout only.
  useEffect(() => {
    if (!size) return;
    setView((was) => {
      if (was) return clampView(was, extent, size);
      const start: View = {
        x: rtl.current ? extent.width - MAP_MARGIN - size.width : -MAP_MARGIN,
        y: -MAP_MARGIN,
        k: 1,
      };
      const node = shown === null ? undefined : byId.get(shown);
      return clampView(node ? revealBox(start, drawn(node), size) : start, extent, size);
    });
  }, [size, extent]);

  // A selection made from outside (the controlled prop) is brought into view too.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the selection changes.
  useEffect(() => {
    if (shown !== null) reveal(shown);
  }, [shown]);

  function topicElement(id: string): SVGElement | undefined {
    const svg = svgRef.current;
    if (!svg) return undefined;
    for (const element of svg.querySelectorAll<SVGElement>('[data-topic-id]')) {
      if (element.dataset.topicId === id) return element;
    }
    return undefined;
  }

  /** Moves the map's Tab stop and focus to a topic; the focus handler brings it into view. */
  function focusTopic(id: string) {
    setActive(id);
    topicElement(id)?.focus();
  }

  /** Marks the topic, its chain of prerequisites and its dependents (and their lines) for CSS. */
  function highlight(id: string | null) {
    const svg = svgRef.current;
    if (!svg) return;
    const before = new Set(
      id === null ? [] : prerequisitesOf(curriculum, id, { transitive: true }),
    );
    const after = new Set(id === null ? [] : dependentsOf(curriculum, id));
    for (const element of svg.querySelectorAll<SVGElement>('[data-topic-id]')) {
      const topic = element.dataset.topicId as string;
      const mark =
        topic === id
          ? 'self'
          : before.has(topic)
            ? 'prerequisite'
            : after.has(topic)
              ? 'dependent'
              : null;
      if (mark) element.setAttribute('data-highlight', mark);
      else element.removeAttribute('data-highlight');
    }
    for (const element of svg.querySelectorAll<SVGElement>('.tm-map__edge')) {
      const from = element.dataset.from as string;
      const to = element.dataset.to as string;
      const on = before.has(from) && (to === id || before.has(to));
      const out = from === id && after.has(to);
      if (on || out) element.setAttribute('data-highlight', '');
      else element.removeAttribute('data-highlight');
    }
    if (id === null) svg.removeAttribute('data-highlighting');
    else svg.setAttribute('data-highlighting', '');
  }

  function zoomBy(factor: number, around?: string) {
    updateView((was, current, bounds) => {
      const node = around === undefined ? undefined : byId.get(around);
      if (!node) return zoomAt(was, factor, current.width / 2, current.height / 2, bounds, current);
      const box = drawn(node);
      const px = (box.x + box.width / 2 - was.x) * was.k;
      const py = (box.y + box.height / 2 - was.y) * was.k;
      return revealBox(zoomAt(was, factor, px, py, bounds, current), box, current);
    });
  }

  function fit() {
    updateView((_, current, bounds) => fitView(bounds, current));
  }

  function toggle(id: string) {
    setSelected(shown === id ? null : id);
  }

  function handleTopicsClick(event: MouseEvent<SVGGElement>) {
    const id = topicOf(event);
    if (id === undefined) return;
    setActive(id);
    toggle(id);
  }

  function handleTopicsKeyDown(event: KeyboardEvent<SVGGElement>) {
    const id = topicOf(event);
    if (id === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    const { key } = event;
    const direction = ARROWS[key];
    let handled = true;
    if (direction) {
      const boxes = layout.nodes.map(drawn);
      const from = boxes.find((box) => box.id === id);
      const next = from && nearestInDirection(from, boxes, direction);
      if (next) focusTopic(next.id);
    } else if (key === 'Home' || key === 'End') {
      const node = key === 'Home' ? layout.nodes[0] : layout.nodes.at(-1);
      if (node) focusTopic(node.id);
    } else if (key === 'Enter' || key === ' ') {
      toggle(id);
    } else if (key === 'Escape') {
      handled = shown !== null;
      setSelected(null);
    } else if (key === '[' || key === ']') {
      // A repeat from the topic the last jump reached goes on through the same topic's list.
      const again = jump.current?.key === key && jump.current.at === id ? jump.current : null;
      const from = again?.from ?? id;
      const list = (
        key === '['
          ? (context.topics.get(from)?.topic.prerequisites ?? [])
          : dependentsOf(curriculum, from)
      ).filter((other) => byId.has(other));
      if (list.length > 0) {
        const index = again ? (again.index + 1) % list.length : 0;
        const target = list[index] as string;
        jump.current = { key, from, index, at: target };
        focusTopic(target);
      }
    } else if (key === '+' || key === '=') {
      zoomBy(ZOOM_STEP, id);
    } else if (key === '-' || key === '_') {
      zoomBy(1 / ZOOM_STEP, id);
    } else if (key === '0') {
      fit();
    } else {
      handled = false;
    }
    if (handled) event.preventDefault();
  }

  function handleTopicsFocus(event: FocusEvent<SVGGElement>) {
    const id = topicOf(event);
    if (id === undefined) return;
    setActive(id);
    reveal(id);
    highlight(id);
  }

  function handleTopicsBlur(event: FocusEvent<SVGGElement>) {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) highlight(null);
  }

  function handlePointerOver(event: PointerEvent<SVGGElement>) {
    if (event.pointerType !== 'touch') highlight(topicOf(event) ?? null);
  }

  function handlePointerLeave() {
    const focused = document.activeElement;
    highlight(
      focused && svgRef.current?.contains(focused) ? (topicOf({ target: focused }) ?? null) : null,
    );
  }

  // Pan with one pointer (after a few pixels, so a tap still selects), pinch and pan with two.
  function handlePointerDown(event: PointerEvent<HTMLDivElement>) {
    if (!view || (event.pointerType === 'mouse' && event.button !== 0)) return;
    const g = gesture.current;
    g.swallowClick = false;
    g.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (g.pointers.size === 1) {
      g.start = { x: event.clientX, y: event.clientY };
      g.dragging = false;
    } else {
      g.dragging = true;
      for (const id of g.pointers.keys()) capture(event.currentTarget, id);
    }
  }

  function handlePointerMove(event: PointerEvent<HTMLDivElement>) {
    const g = gesture.current;
    const was = g.pointers.get(event.pointerId);
    if (!was) return;
    const now = { x: event.clientX, y: event.clientY };
    const before = [...g.pointers.values()];
    g.pointers.set(event.pointerId, now);
    if (g.pointers.size === 1) {
      if (!g.dragging) {
        const start = g.start ?? was;
        if (Math.hypot(now.x - start.x, now.y - start.y) < 5) return;
        g.dragging = true;
        capture(event.currentTarget, event.pointerId);
      }
      updateView((current, measured, bounds) =>
        panBy(current, now.x - was.x, now.y - was.y, bounds, measured),
      );
    } else if (g.pointers.size === 2) {
      const after = [...g.pointers.values()];
      const [a0, b0] = before as [{ x: number; y: number }, { x: number; y: number }];
      const [a1, b1] = after as [{ x: number; y: number }, { x: number; y: number }];
      const d0 = Math.hypot(a0.x - b0.x, a0.y - b0.y);
      const d1 = Math.hypot(a1.x - b1.x, a1.y - b1.y);
      const rect = event.currentTarget.getBoundingClientRect();
      const m0 = { x: (a0.x + b0.x) / 2 - rect.left, y: (a0.y + b0.y) / 2 - rect.top };
      const m1 = { x: (a1.x + b1.x) / 2 - rect.left, y: (a1.y + b1.y) / 2 - rect.top };
      updateView((current, measured, bounds) =>
        panBy(
          zoomAt(current, d0 > 0 ? d1 / d0 : 1, m0.x, m0.y, bounds, measured),
          m1.x - m0.x,
          m1.y - m0.y,
          bounds,
          measured,
        ),
      );
    }
  }

  function handlePointerEnd(event: PointerEvent<HTMLDivElement>) {
    const g = gesture.current;
    if (!g.pointers.delete(event.pointerId)) return;
    const [left] = g.pointers.values();
    // After a pinch, the finger still down pans on from where it is.
    if (left) g.start = left;
    else if (g.dragging) {
      g.dragging = false;
      g.swallowClick = event.type === 'pointerup';
    }
  }

  function handleClickCapture(event: MouseEvent<HTMLDivElement>) {
    if (!gesture.current.swallowClick) return;
    gesture.current.swallowClick = false;
    event.stopPropagation();
    event.preventDefault();
  }

  const title = text(curriculum.title);
  const limits = size ? zoomLimits(extent, size) : null;
  const viewBox =
    view && size
      ? `${view.x} ${view.y} ${size.width / view.k} ${size.height / view.k}`
      : `${-MAP_MARGIN} ${-MAP_MARGIN} ${extent.width} ${extent.height}`;

  return (
    <div
      {...rest}
      ref={forwardedRef}
      className={classNames('tm-root tm-map', className)}
      data-tm-theme={theme}
      data-interactive={flag(view)}
      data-details={flag(shown)}
    >
      <p id={ids.desc} className="tm-visually-hidden">
        {messages['map.description']}
      </p>
      <div className="tm-map__body">
        <div className="tm-map__stage">
          {/* A group of plain buttons (each a Tab stop), not a toolbar with its own arrow keys. */}
          {/* biome-ignore lint/a11y/useSemanticElements: a <fieldset> is for form controls. */}
          <div className="tm-map__toolbar" role="group" aria-label={messages['map.view']}>
            <button
              type="button"
              className="tm-map__tool"
              aria-label={messages['map.zoomIn']}
              aria-keyshortcuts="+"
              // aria-disabled, not disabled: a disabled button would drop the focus it holds.
              aria-disabled={(view && limits && view.k >= limits.max) || undefined}
              onClick={() => zoomBy(ZOOM_STEP)}
            >
              <svg viewBox="0 0 16 16" aria-hidden="true">
                <path d="M3 8h10M8 3v10" />
              </svg>
            </button>
            <button
              type="button"
              className="tm-map__tool"
              aria-label={messages['map.zoomOut']}
              aria-keyshortcuts="-"
              aria-disabled={(view && limits && view.k <= limits.min) || undefined}
              onClick={() => zoomBy(1 / ZOOM_STEP)}
            >
              <svg viewBox="0 0 16 16" aria-hidden="true">
                <path d="M3 8h10" />
              </svg>
            </button>
            <button
              type="button"
              className="tm-map__tool"
              aria-label={messages['map.fit']}
              aria-keyshortcuts="0"
              onClick={fit}
            >
              <svg viewBox="0 0 16 16" aria-hidden="true">
                <path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" />
              </svg>
            </button>
            {timelineHref !== undefined && (
              <a className="tm-map__timeline" href={timelineHref}>
                {messages['map.timeline']}
              </a>
            )}
          </div>
          <div
            ref={viewportRef}
            className="tm-map__viewport"
            onPointerDown={handlePointerDown}
            onPointerMove={handlePointerMove}
            onPointerUp={handlePointerEnd}
            onPointerCancel={handlePointerEnd}
            onClickCapture={handleClickCapture}
          >
            {/* biome-ignore lint/a11y/useSemanticElements: the map is a named group of topic buttons. */}
            <svg
              ref={svgRef}
              className="tm-map__svg"
              width={extent.width}
              height={extent.height}
              viewBox={viewBox}
              role="group"
              aria-label={label ?? fillMessage(messages['map.label'], { title })}
              aria-describedby={ids.desc}
            >
              {/* The drawing's own viewport, exactly the layout's box: right-to-left mirrors the
                  canvas about its centre (CSS transform-box: view-box), with no inline style,
                  which a page's CSP (style-src 'self') would refuse. A frame, not a picture:
                  presentation, so the topics stay the named group's own. */}
              <svg
                role="presentation"
                className="tm-map__drawing"
                width={layout.width}
                height={layout.height}
                viewBox={`0 0 ${layout.width} ${layout.height}`}
                overflow="visible"
              >
                {/* One set of listeners for every topic below (delegated by data-topic-id). */}
                {/* biome-ignore lint/a11y/noStaticElementInteractions: the topics inside are the buttons. */}
                <g
                  className="tm-map__canvas"
                  onClick={handleTopicsClick}
                  onKeyDown={handleTopicsKeyDown}
                  onFocus={handleTopicsFocus}
                  onBlur={handleTopicsBlur}
                  onPointerOver={handlePointerOver}
                  onPointerLeave={handlePointerLeave}
                >
                  <MapCanvas
                    layout={layout}
                    selected={shown}
                    active={active}
                    ids={ids}
                    messages={messages}
                  />
                </g>
              </svg>
            </svg>
          </div>
        </div>
        {shown !== null && (
          <MapDetails
            id={ids.details}
            topicId={shown}
            context={context}
            messages={messages}
            headingLevel={headingLevel}
            topicHref={topicHref}
            onGo={(id) => {
              setSelected(id);
              focusTopic(id);
            }}
            onClose={() => {
              setSelected(null);
              focusTopic(shown);
            }}
          />
        )}
      </div>
    </div>
  );
}

/** Pointer capture keeps a drag going outside the map; a pointer already gone cannot be captured. */
function capture(element: Element, pointerId: number) {
  try {
    element.setPointerCapture(pointerId);
  } catch {
    // The pointer ended before the move was handled: nothing to keep.
  }
}

const RoadmapMapBase = /* @__PURE__ */ forwardRef<HTMLDivElement, RoadmapMapProps>(
  function RoadmapMap({ direction = 'down', level, ...props }, ref) {
    const context = useCurriculumContext('RoadmapMap');
    const messages = withMapMessages(context.locale, context.messages);
    const layout = cachedLayout(context.curriculum, context.locale, direction, level);
    if (!layout) {
      return (
        <ErrorPanel
          description={fillMessage(messages['map.unknownLevel'], { level: String(level) })}
          className={props.className}
          theme={props.theme}
          locale={context.locale}
          messages={context.overrides}
        />
      );
    }
    return (
      <MapView
        {...props}
        layout={layout}
        context={context}
        messages={messages}
        forwardedRef={ref}
      />
    );
  },
);

/**
 * The roadmap as an interactive map: levels as bands, modules as clusters, topics as boxes that
 * show their status (by mark, fill and outline, not colour alone), and a line from each
 * prerequisite to the topic that needs it. Select a topic (click, tap, Enter) to see its details:
 * summary, resources, the timeline's status menu, and its prerequisites and dependents as buttons
 * that move the map to them. Hovering or focusing a topic highlights its chain of prerequisites and
 * its dependents.
 *
 * Pan by dragging, zoom with Ctrl/⌘ + wheel or a pinch (both stay inside the map), the toolbar's
 * buttons, or `+`, `-` and `0` (whole map). The wheel alone scrolls the page unless the map has
 * focus. The topics are one Tab stop (a roving tabindex): arrow keys move to the nearest topic
 * that way, Home and End to the first and last, `[` and `]` to the topic's prerequisites and
 * dependents (again to go on through them), Enter or Space shows the details, Escape closes them.
 *
 * Rendered complete on the server: the layout is computed while rendering (cached per curriculum,
 * locale, direction and level), so the first paint is the whole map, a readable picture even
 * without JavaScript. Import its stylesheet, `@trailmark/react/map.css`.
 *
 * @example
 * import llmEngineer from '@trailmark/curriculum/roadmaps/llm-engineer';
 * import { RoadmapMap } from '@trailmark/react/map';
 * import '@trailmark/react/map.css';
 * <RoadmapMap curriculum={llmEngineer} topicHref={(id) => `/topics/${id}`} />
 */
export const RoadmapMap = /* @__PURE__ */ withCurriculum(RoadmapMapBase, 'RoadmapMap');

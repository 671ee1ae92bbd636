import { Link } from 'wouter';
import { useT } from '../locale/LocaleContext';
import type { MessageKey } from '../locale/messages';
import { STORAGE_KEYS, writeStored } from '../preferences/storage';
import { ROADMAP_VIEWS, type RoadmapView, viewPath } from './views';

const LABELS: Record<RoadmapView, MessageKey> = { timeline: 'view.timeline', map: 'view.map' };

/**
 * Timeline or Map: links to the same page in each view (each has its own address, so they work
 * before the script loads); choosing one is remembered for the next visit.
 * @example <ViewSwitch current="map" levelId="l2" />
 */
export function ViewSwitch({ current, levelId }: { current: RoadmapView; levelId?: string }) {
  const t = useT();
  return (
    <nav aria-label={t('view.label')} className="demo-views">
      <ul>
        {ROADMAP_VIEWS.map((view) => (
          <li key={view}>
            <Link
              href={viewPath(view, levelId)}
              aria-current={view === current ? 'page' : undefined}
              onClick={() => writeStored(STORAGE_KEYS.view, view)}
            >
              {t(LABELS[view])}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

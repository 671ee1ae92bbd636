/**
 * Writes every built-in roadmap as `roadmaps/<id>.json` beside the script. The element fetches the
 * file only when `roadmap="<id>"` asks for it, so pages that show their own curriculum never
 * download the built-in one.
 */
import { getRoadmap, listRoadmaps } from '@trailmark/curriculum/roadmaps';
import type { Plugin } from 'vite';

/** A Vite plugin emitting `roadmaps/<id>.json` for each roadmap in `@trailmark/curriculum/roadmaps`. */
export function builtInRoadmapData(): Plugin {
  return {
    name: 'trailmark-built-in-roadmap-data',
    async generateBundle() {
      for (const info of listRoadmaps()) {
        const curriculum = await getRoadmap(info.id);
        if (!curriculum) {
          this.error(
            `@trailmark/curriculum lists roadmap "${info.id}" but getRoadmap returned nothing`,
          );
        }
        this.emitFile({
          type: 'asset',
          fileName: `roadmaps/${info.id}.json`,
          source: JSON.stringify(curriculum),
        });
      }
    },
  };
}

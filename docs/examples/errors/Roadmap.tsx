// roadmap.json is your curriculum, bundled with the app.
import { parseCurriculum } from '@trailmark/curriculum';
import { RoadmapTimeline } from '@trailmark/react';
import data from './roadmap.json';

// parseCurriculum never throws: an invalid file becomes its list of problems, and the timeline
// shows every one of them (path and what would be right) in an ErrorPanel, role="alert", instead
// of a blank page. assertCurriculum(data) here would throw while the module loads, before React
// can show anything.
const roadmap = parseCurriculum(data);

export function Roadmap() {
  return <RoadmapTimeline curriculum={roadmap} />;
}

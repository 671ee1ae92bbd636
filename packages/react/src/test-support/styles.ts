// The stylesheet as dist/styles.css assembles it (scripts/build-css.js `order`), for browser tests.
import '@trailmark/tokens/tokens.css';
import '../root.css';
import '../ErrorPanel/ErrorPanel.css';
import '../ProgressMeter/ProgressMeter.css';
import '../SkillTag/SkillTag.css';
import '../RoleBadge/RoleBadge.css';
import '../ResourceLink/ResourceLink.css';
import '../TopicItem/TopicItem.css';
import '../TopicList/TopicList.css';
import '../LevelCard/LevelCard.css';
import '../RoadmapTimeline/RoadmapTimeline.css';
import '../StudyPlan/StudyPlan.css';

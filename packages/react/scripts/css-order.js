/**
 * The component stylesheets in the order dist/styles.css concatenates them (after the tokens):
 * shared rules first, then each component after the parts it contains.
 */
export const cssOrder = [
  'root.css',
  'ErrorPanel/ErrorPanel.css',
  'ProgressMeter/ProgressMeter.css',
  'SkillTag/SkillTag.css',
  'RoleBadge/RoleBadge.css',
  'ResourceLink/ResourceLink.css',
  'TopicItem/TopicItem.css',
  'TopicList/TopicList.css',
  'LevelCard/LevelCard.css',
  'RoadmapTimeline/RoadmapTimeline.css',
  'StudyPlan/StudyPlan.css',
];

/**
 * The stylesheets of dist/timeline.css: what `RoadmapTimeline` renders (levels, topic rows,
 * resources, tags, meters) and the error panel it shows for bad input; `StudyPlan` is left out.
 */
export const timelineCssOrder = cssOrder.filter((file) => file !== 'StudyPlan/StudyPlan.css');

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

/**
 * The stylesheets of dist/map.css, for `RoadmapMap` alone: the shared rules, the error panel, the
 * resource links and the status button and menu it shares with topic rows, then the map's own.
 */
export const mapCssOrder = [
  'root.css',
  'ErrorPanel/ErrorPanel.css',
  'ResourceLink/ResourceLink.css',
  'TopicItem/TopicItem.css',
  'RoadmapMap/RoadmapMap.css',
];

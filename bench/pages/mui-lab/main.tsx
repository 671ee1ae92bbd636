// MUI Lab Timeline (@mui/lab with @mui/material): one TimelineItem per level, its modules inside,
// a labelled Checkbox per topic as the status control, with MUI's default theme.
import {
  Timeline,
  TimelineConnector,
  TimelineContent,
  TimelineDot,
  TimelineItem,
  TimelineOppositeContent,
  TimelineSeparator,
} from '@mui/lab';
import { Checkbox, FormControlLabel, FormGroup, Typography } from '@mui/material';
import { installBench, roadmap } from '../harness';
import { checkboxDom, setDone, useDoneTopics } from '../peer-state';

function Roadmap() {
  const [done, toggle] = useDoneTopics();
  return (
    <Timeline position="right">
      {roadmap.levels.map((level) => (
        <TimelineItem key={level.id}>
          <TimelineOppositeContent sx={{ flex: 0.1 }} color="text.secondary">
            {level.code}
          </TimelineOppositeContent>
          <TimelineSeparator>
            <TimelineDot color="primary" />
            <TimelineConnector />
          </TimelineSeparator>
          <TimelineContent>
            <Typography variant="h5" component="h3">
              {level.title.en}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {level.summary.en}
            </Typography>
            {level.modules.map((module) => (
              <section key={module.id}>
                <Typography variant="subtitle1" component="h4">
                  {module.title.en}
                </Typography>
                <FormGroup>
                  {module.topics.map((topic) => (
                    <FormControlLabel
                      key={topic.id}
                      data-topic-id={topic.id}
                      label={topic.title.en}
                      control={
                        <Checkbox
                          checked={done.has(topic.id)}
                          onChange={(event) => toggle(topic.id, event.target.checked)}
                        />
                      }
                    />
                  ))}
                </FormGroup>
              </section>
            ))}
          </TimelineContent>
        </TimelineItem>
      ))}
    </Timeline>
  );
}

installBench({
  element: () => <Roadmap />,
  setDone,
  ...checkboxDom,
});

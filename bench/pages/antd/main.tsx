// Ant Design Timeline (antd): one item per level, its modules inside, a Checkbox per topic as the
// status control, with antd's default theme (CSS-in-JS, injected at run time).
import { Checkbox, Timeline, Typography } from 'antd';
import { installBench, roadmap } from '../harness';
import { checkboxDom, setDone, useDoneTopics } from '../peer-state';

function Roadmap() {
  const [done, toggle] = useDoneTopics();
  return (
    <Timeline
      items={roadmap.levels.map((level) => ({
        key: level.id,
        content: (
          <>
            <Typography.Title level={3}>{`${level.code} · ${level.title.en}`}</Typography.Title>
            <Typography.Paragraph type="secondary">{level.summary.en}</Typography.Paragraph>
            {level.modules.map((module) => (
              <section key={module.id}>
                <Typography.Title level={4}>{module.title.en}</Typography.Title>
                {module.topics.map((topic) => (
                  <div key={topic.id} data-topic-id={topic.id}>
                    <Checkbox
                      checked={done.has(topic.id)}
                      onChange={(event) => toggle(topic.id, event.target.checked)}
                    >
                      {topic.title.en}
                    </Checkbox>
                  </div>
                ))}
              </section>
            ))}
          </>
        ),
      }))}
    />
  );
}

installBench({
  element: () => <Roadmap />,
  setDone,
  ...checkboxDom,
});

// Plain React, no library: the floor. An ordered list of levels, each module's topics as native
// checkboxes with labels, state kept the same way as on the peer pages.
import { installBench, roadmap } from '../harness';
import { checkboxDom, setDone, useDoneTopics } from '../peer-state';

function Roadmap() {
  const [done, toggle] = useDoneTopics();
  return (
    <ol>
      {roadmap.levels.map((level) => (
        <li key={level.id}>
          <h3>{`${level.code} · ${level.title.en}`}</h3>
          <p>{level.summary.en}</p>
          {level.modules.map((module) => (
            <section key={module.id}>
              <h4>{module.title.en}</h4>
              <ul>
                {module.topics.map((topic) => (
                  <li key={topic.id} data-topic-id={topic.id}>
                    <label>
                      <input
                        type="checkbox"
                        checked={done.has(topic.id)}
                        onChange={(event) => toggle(topic.id, event.target.checked)}
                      />
                      {topic.title.en}
                    </label>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </li>
      ))}
    </ol>
  );
}

installBench({
  element: () => <Roadmap />,
  setDone,
  ...checkboxDom,
});

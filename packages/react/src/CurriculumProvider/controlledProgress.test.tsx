import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createProgress, type Progress, setStatus, statusOf } from '@trailmark/curriculum';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { TopicList } from '../TopicList/TopicList';
import { fixtureCurriculum } from '../test-fixtures/curriculum';
import { CurriculumProvider } from './CurriculumProvider';
import { useProgress } from './hooks';

const empty = createProgress(fixtureCurriculum.id);
const statusButton = (name: RegExp) => screen.getByRole('button', { name });

async function choose(topic: RegExp, status: string) {
  await userEvent.click(statusButton(topic));
  await userEvent.click(screen.getByRole('menuitemradio', { name: status }));
}

describe('CurriculumProvider progress / onProgressChange', () => {
  it('shows the progress it is given and asks the owner to change it', async () => {
    const onProgressChange = vi.fn();
    render(
      <CurriculumProvider
        curriculum={fixtureCurriculum}
        locale="en"
        progress={setStatus(empty, 'python', 'in-progress')}
        onProgressChange={onProgressChange}
      >
        <TopicList moduleId="basics" />
      </CurriculumProvider>,
    );
    expect(statusButton(/^Python, status: In progress/)).toBeTruthy();
    await choose(/^Python, status/, 'Done');
    expect(onProgressChange).toHaveBeenCalledTimes(1);
    const next = onProgressChange.mock.calls[0]?.[0] as Progress;
    expect(statusOf(next, 'python')).toBe('done');
    // Controlled: nothing changes until the owner passes the new progress back.
    expect(statusButton(/^Python, status: In progress/)).toBeTruthy();
  });

  it('follows the owner state, including memoized rows and hooks', async () => {
    render(<Owner />);
    await choose(/^Python, status/, 'Done');
    expect(statusButton(/^Python, status: Done/)).toBeTruthy();
    expect(screen.getByText('1 done')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'reset' }));
    expect(statusButton(/^Python, status: Not started/)).toBeTruthy();
    expect(screen.getByText('0 done')).toBeTruthy();
  });

  it('saves through an async owner (a server) and shows what it saved', async () => {
    const server = { saved: empty };
    render(
      <Owner
        save={(next) =>
          Promise.resolve().then(() => {
            server.saved = next;
          })
        }
      />,
    );
    await choose(/^HTTP and JSON, status/, 'Skipped');
    await act(() => Promise.resolve());
    expect(statusOf(server.saved, 'http')).toBe('skipped');
    expect(statusButton(/^HTTP and JSON, status: Skipped/)).toBeTruthy();
  });
});

/** Keeps progress in its own state, as an app does; `save` stands for a request to a server. */
function Owner({ save }: { save?: (progress: Progress) => Promise<void> }) {
  const [progress, setProgress] = useState(empty);
  return (
    <CurriculumProvider
      curriculum={fixtureCurriculum}
      locale="en"
      progress={progress}
      onProgressChange={(next) => {
        setProgress(next);
        void save?.(next);
      }}
    >
      <Percent />
      <TopicList moduleId="basics" />
      <button type="button" onClick={() => setProgress(empty)}>
        reset
      </button>
    </CurriculumProvider>
  );
}

function Percent() {
  const { summary } = useProgress();
  return <output>{summary.overall.done} done</output>;
}

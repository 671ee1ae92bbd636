'use client';
// Progress kept in React state and saved to the server: `progress` / `onProgressChange`.
import type { Progress } from '@trailmark/curriculum';
import llmEngineer from '@trailmark/curriculum/roadmaps/llm-engineer';
import { CurriculumProvider, RoadmapTimeline } from '@trailmark/react';
import { useState } from 'react';

export function SavedRoadmap({ initial, locale }: { initial: Progress; locale: string }) {
  const [progress, setProgress] = useState(initial);
  const [saving, setSaving] = useState<'saved' | 'saving' | 'failed'>('saved');

  async function save(next: Progress) {
    setProgress(next); // show the change at once
    setSaving('saving');
    const response = await fetch('/api/progress', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(next),
    }).catch(() => undefined);
    setSaving(response?.ok ? 'saved' : 'failed');
  }

  return (
    <CurriculumProvider
      curriculum={llmEngineer}
      locale={locale}
      progress={progress}
      onProgressChange={save}
    >
      <p role="status">
        {saving === 'saving' ? 'Saving…' : saving === 'failed' ? 'Not saved' : 'Saved'}
      </p>
      <RoadmapTimeline />
    </CurriculumProvider>
  );
}

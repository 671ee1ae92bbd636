// GET and PUT /api/progress. What arrives is checked with parseProgress, as any untrusted input.
import { parseProgress } from '@trailmark/curriculum';
import { loadProgress, saveProgress } from './progress-db';

export async function GET() {
  return Response.json(await loadProgress());
}

export async function PUT(request: Request) {
  const { progress, issues } = parseProgress(await request.json(), 'llm-engineer');
  if (issues.length > 0) return Response.json({ issues }, { status: 400 });
  await saveProgress(progress);
  return new Response(null, { status: 204 });
}

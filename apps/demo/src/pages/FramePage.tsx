import { Head } from '../head/Head';

/** `/embed/frame`: the timeline alone, for iframes. */
export function FramePage() {
  return (
    <main>
      <Head
        title="Trailmark"
        description=""
        locale="en"
        path="/embed/frame"
        alternates={false}
        noindex
      />
    </main>
  );
}

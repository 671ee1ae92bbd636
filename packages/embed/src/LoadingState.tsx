/** Shown while the curriculum is fetched; a live region, so screen readers hear it finish. */
export function LoadingState() {
  return (
    <p className="tm-embed-loading" role="status" lang="en">
      Loading roadmap…
    </p>
  );
}

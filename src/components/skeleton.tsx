/** Grey shapes where the page will be, so the layout does not jump when the reviews arrive. */
export function PageSkeleton() {
  return (
    <div className="skeleton" aria-busy="true" aria-label="Loading reviews">
      <div className="skeleton__line skeleton__line--title" />
      <div className="skeleton__line skeleton__line--short" />
      <div className="skeleton__controls" />
      {[0, 1, 2].map((i) => (
        <div key={i} className="skeleton__card">
          <div className="skeleton__line skeleton__line--short" />
          <div className="skeleton__line" />
          <div className="skeleton__line" />
          <div className="skeleton__line skeleton__line--short" />
        </div>
      ))}
    </div>
  );
}

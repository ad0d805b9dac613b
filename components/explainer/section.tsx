/** One section of the explainer; its look (spacing, heading) is the `.explainer-section` class. */
export function ExplainerSection({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children: React.ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} data-section={id} className="explainer-section">
      <h2 id={`${id}-heading`}>{title}</h2>
      {intro ? <p className="lede">{intro}</p> : null}
      {children}
    </section>
  );
}

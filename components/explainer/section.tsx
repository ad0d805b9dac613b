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
    <section id={id} aria-labelledby={`${id}-heading`} data-section={id} className="scroll-mt-16 space-y-4">
      <h2 id={`${id}-heading`} className="text-2xl font-semibold tracking-tight">
        {title}
      </h2>
      {intro ? <p className="text-slate-700 dark:text-slate-300">{intro}</p> : null}
      {children}
    </section>
  );
}

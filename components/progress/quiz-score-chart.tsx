import { formatScore } from "@/lib/quiz/score";

type Point = { number: number; score: number };

const WIDTH = 320;
const HEIGHT = 120;
const LEFT = 34;
const BOTTOM = 18;
const TOP = 6;
const PLOT_HEIGHT = HEIGHT - BOTTOM - TOP;
/** Enough bars to see a trend while each stays wide enough to read. */
const MAX_BARS = 12;

const y = (score: number) => TOP + PLOT_HEIGHT * (1 - Math.min(1, Math.max(0, score)));

/**
 * The scores of finished attempts as a small bar chart, drawn on the server as inline SVG. The
 * same figures are in the text alternative, and in the attempt table beside it.
 */
export function QuizScoreChart({ id, attempts }: { id: string; attempts: Point[] }) {
  const shown = attempts.slice(-MAX_BARS);
  if (shown.length === 0) return null;
  const slot = (WIDTH - LEFT) / shown.length;
  const barWidth = Math.min(28, slot * 0.6);
  const description = shown.map((a) => `attempt ${a.number}: ${formatScore(a.score)}`).join(", ");
  return (
    <figure className="space-y-1">
      <figcaption id={`${id}-title`} className="text-sm font-medium">
        Scores of your finished attempts
      </figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full max-w-sm text-slate-700 dark:text-slate-300"
      >
        <desc id={`${id}-desc`}>{description}.</desc>
        {[0, 0.7, 1].map((level) => (
          <g key={level}>
            <line
              x1={LEFT}
              x2={WIDTH}
              y1={y(level)}
              y2={y(level)}
              stroke="currentColor"
              strokeOpacity={level === 0.7 ? 0.6 : 0.25}
              strokeDasharray={level === 0.7 ? "4 3" : undefined}
            />
            <text x={LEFT - 4} y={y(level) + 4} textAnchor="end" fontSize="10" fill="currentColor">
              {level * 100}%
            </text>
          </g>
        ))}
        {shown.map((a, i) => {
          const x = LEFT + slot * i + (slot - barWidth) / 2;
          return (
            <g key={a.number}>
              <rect
                x={x}
                y={y(a.score)}
                width={barWidth}
                height={Math.max(1, TOP + PLOT_HEIGHT - y(a.score))}
                className="fill-blue-700 dark:fill-blue-400"
              />
              <text
                x={x + barWidth / 2}
                y={HEIGHT - 4}
                textAnchor="middle"
                fontSize="10"
                fill="currentColor"
              >
                {a.number}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Bars are attempts, numbered in order; the dashed line is the 70% “familiar” mark.
      </p>
    </figure>
  );
}

"use client";

import "./globals.css";

// Replaces the root layout when the layout itself fails, so it brings its own <html> and <body>.
// Same words as app/error.tsx: no internals, a retry.
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <main id="main" className="mx-auto w-full max-w-4xl space-y-4 px-4 py-8" role="alert">
          <h1 className="text-2xl font-bold">Parley is temporarily unavailable</h1>
          <p>This page could not be loaded just now. This usually passes within a minute: try again.</p>
          <button
            type="button"
            onClick={() => retry()}
            className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2"
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}

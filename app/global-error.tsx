"use client";

import { UnavailableNotice } from "@/components/unavailable-notice";
import "./globals.css";

// Replaces the root layout when the layout itself fails, so it brings its own <html> and <body>.
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <main id="main" className="mx-auto w-full max-w-4xl space-y-4 px-4 py-8" role="alert">
          <UnavailableNotice retry={retry} />
        </main>
      </body>
    </html>
  );
}

"use client";

// Shown when a page fails on the server: most often its database is busy or unreachable for a
// moment. A plain message and a retry, never the error's details (they are in the server log;
// in production Next sends the browser only a digest).
export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  return (
    <div role="alert" className="space-y-4">
      <h1 className="text-2xl font-bold">Parley is temporarily unavailable</h1>
      <p>This page could not be loaded just now. This usually passes within a minute: try again.</p>
      <button
        type="button"
        onClick={() => retry()}
        className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2"
      >
        Try again
      </button>
    </div>
  );
}

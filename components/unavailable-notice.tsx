"use client";

/**
 * What a failed page shows: most often its database is busy or unreachable for a moment. A plain
 * message and a retry, never the error's details (they are in the server log; in production Next
 * sends the browser only a digest). Used by app/error.tsx and app/global-error.tsx.
 */
export function UnavailableNotice({ retry }: { retry: () => void }) {
  return (
    <>
      <h1 className="text-2xl font-bold">Parley is temporarily unavailable</h1>
      <p>This page could not be loaded just now. This usually passes within a minute: try again.</p>
      <button
        type="button"
        onClick={() => retry()}
        className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2"
      >
        Try again
      </button>
    </>
  );
}

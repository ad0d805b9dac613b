"use client";

// Shown for unexpected errors: a plain message, never the error's details (they are logged on
// the server).
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="space-y-4">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p>Parley could not show this page. Try again in a moment.</p>
      <button type="button" onClick={reset} className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">
        Try again
      </button>
    </div>
  );
}

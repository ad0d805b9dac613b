"use client";

import { UnavailableNotice } from "@/components/unavailable-notice";

// Shown when a page fails on the server, inside the site's layout.
export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  return (
    <div role="alert" className="space-y-4">
      <UnavailableNotice retry={retry} />
    </div>
  );
}

import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p>There is nothing at this address.</p>
      <Link href="/" className="text-blue-800 underline underline-offset-4 dark:text-blue-300">
        Go to the home page
      </Link>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { JoinForm } from "@/components/classes/join-form";
import { linkClass } from "@/components/classes/form-status";
import { requireUser } from "@/lib/auth/session";
import { Role } from "@/lib/generated/prisma/enums";

export const metadata: Metadata = { title: "Join a class" };

type Props = { searchParams: Promise<{ code?: string | string[] }> };

export default async function JoinPage({ searchParams }: Props) {
  const { code } = await searchParams;
  const given = typeof code === "string" ? code.slice(0, 40) : "";
  const user = await requireUser(given ? `/join?code=${encodeURIComponent(given)}` : "/join");
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-3xl font-bold">Join a class</h1>
      {user.role === Role.TEACHER ? (
        <p>
          Students join classes with a code; teachers create them. Your classes and their codes are on
          your{" "}
          <Link href="/teach" className={linkClass}>
            Teaching page
          </Link>
          .
        </p>
      ) : (
        <JoinForm defaultCode={given} />
      )}
    </div>
  );
}

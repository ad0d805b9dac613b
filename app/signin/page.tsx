import type { Metadata } from "next";
import { SignInForm } from "@/components/sign-in-form";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ callbackUrl?: string; created?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl, created } = await searchParams;
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-3xl font-bold">Sign in</h1>
      <SignInForm
        callbackUrl={callbackUrl ? safeCallbackUrl(callbackUrl, "/") : undefined}
        notice={created ? "Your account was created. Sign in to continue." : undefined}
      />
    </div>
  );
}

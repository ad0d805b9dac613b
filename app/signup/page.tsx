import type { Metadata } from "next";
import { SignUpForm } from "@/components/sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default function SignUpPage() {
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-3xl font-bold">Create an account</h1>
      <SignUpForm />
    </div>
  );
}

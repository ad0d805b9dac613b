// What a class server action hands back to its form. No server imports: forms import it too.

export type LoginCard = { name: string; username: string; password: string };

export type FormState<Fields extends string = string> = {
  status: "idle" | "error" | "success";
  fieldErrors?: Partial<Record<Fields, string>>;
  formError?: string;
  message?: string;
  /** What was sent, to fill the form again after a refusal (React resets forms after actions). */
  values?: Record<string, string>;
  /** New passwords, shown once on login cards and never stored in the clear. */
  cards?: LoginCard[];
};

export const IDLE: FormState = { status: "idle" };

import { z } from "zod";

// Shared by the delete form and its server action. No server imports here.

/** What the person must type, so that no stray click deletes an account. */
export const DELETE_CONFIRMATION = "delete my account";

export const deleteAccountSchema = z.object({
  password: z.string().min(1, "Enter your password.").max(200, "Password is too long."),
  confirmation: z
    .string()
    .trim()
    .toLowerCase()
    .refine((value) => value === DELETE_CONFIRMATION, `Type “${DELETE_CONFIRMATION}” to confirm.`),
});
export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;
export type DeleteAccountField = keyof DeleteAccountInput;

export type DeleteAccountState = {
  status: "idle" | "error";
  fieldErrors?: Partial<Record<DeleteAccountField, string>>;
  formError?: string;
};

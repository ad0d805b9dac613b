import type { GazetteerEntry } from "../gazetteer";
import type { PlaceKind } from "../schema";
import type { SentenceDraft } from "../types";

export type Span = { text: string; start: number; end: number };

export type PersonMention = {
  kind: "person";
  sentence: SentenceDraft;
  articleId: string;
  /** The name as written, with any honorific ("Mullah Md Yaqub Mujahid"). */
  name: Span;
  /** Name words without honorifics, used to merge variants. */
  core: string[];
  role: (Span & { how: "title" | "appositive" | "preceding" }) | null;
  /** Countries near the mention, weighted: the nearest country word gives the side. */
  sideHints: { country: string; weight: number }[];
  /** Organisations named inside any role phrase of the mention ("Taliban spokesperson"). */
  roleOrgs: string[];
  /** Every role phrase around the mention (title, appositive, phrase before). */
  roleTexts: string[];
  /** "widely known as Hemedti": another name the text gives this person. */
  nickname: Span | null;
  /** Found only because the name was already known (second pass). */
  bare: boolean;
};

export type OrgMention = {
  kind: "org";
  sentence: SentenceDraft;
  articleId: string;
  surface: Span;
  /** The name without a country prefix ("Afghan Taliban" -> "Taliban"). */
  core: string;
  country: string | null;
  acronym: string | null;
  /** "Long Name (ACR)" and "FAK/TTP": names the text says are one group. */
  sameAs: string[];
  /** An appositive describing the org ("Pakistan's intelligence agency, the ISI"). */
  description: Span | null;
};

export type PlaceMention = {
  kind: "place";
  sentence: SentenceDraft;
  articleId: string;
  surface: Span;
  entry: GazetteerEntry | null;
  placeKind: PlaceKind;
};

export type Mention = PersonMention | OrgMention | PlaceMention;

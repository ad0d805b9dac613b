import { blocksOf, type ArticleBlock, type ArticlePart } from "@/lib/modules/reading";

type Props = {
  text: string;
  sentences: { key: string; start: number; end: number; kind: string }[];
};

type Group = { kind: "heading" | "paragraph"; block: ArticleBlock } | { kind: "list"; blocks: ArticleBlock[] };

function groupListItems(blocks: ArticleBlock[]): Group[] {
  const groups: Group[] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (block.kind === "list-item") {
      if (last?.kind === "list") last.blocks.push(block);
      else groups.push({ kind: "list", blocks: [block] });
    } else {
      groups.push({ kind: block.kind, block });
    }
  }
  return groups;
}

/**
 * An article's cleaned text with every sentence addressable as #<sentence-id>, so a citation can
 * scroll to it and highlight it. Imported text is untrusted: it is only ever rendered as React
 * text, never as HTML.
 */
export function ArticleText({ text, sentences }: Props) {
  const anchored = new Set<string>();
  const renderParts = (parts: ArticlePart[]) =>
    parts.map((part, i) => {
      if (!part.sentenceKey) return part.text;
      // A sentence cut by a line break appears twice; only its first part carries the anchor.
      const id = anchored.has(part.sentenceKey) ? undefined : part.sentenceKey;
      anchored.add(part.sentenceKey);
      return (
        <span key={i} id={id} className="scroll-mt-20 rounded target:bg-yellow-200 target:text-slate-950">
          {part.text}
        </span>
      );
    });

  return (
    <div className="max-w-prose space-y-4 text-lg leading-relaxed">
      {groupListItems(blocksOf(text, sentences)).map((group, i) => {
        if (group.kind === "heading") {
          return (
            <h2 key={i} className="pt-2 text-xl font-semibold">
              {renderParts(group.block.parts)}
            </h2>
          );
        }
        if (group.kind === "list") {
          return (
            <ul key={i} className="list-disc space-y-1 pl-6">
              {group.blocks.map((block, j) => (
                <li key={j}>{renderParts(block.parts)}</li>
              ))}
            </ul>
          );
        }
        return <p key={i}>{renderParts(group.block.parts)}</p>;
      })}
    </div>
  );
}

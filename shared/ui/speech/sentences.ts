/** One sentence on the screen: its text to speak and where it stands, to highlight it. */
export interface Sentence {
  text: string;
  range: Range;
}

const BLOCKS = 'p, li, h1, h2, h3, h4, blockquote, td, th, dt, dd';

/**
 * The sentences of `elements` in reading order. Each paragraph or list item is split on its own
 * (text in adjacent blocks has no space or full stop between it), with the language's own rules.
 */
export function sentencesIn(elements: Element[], language: string): Sentence[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const sentences: Sentence[] = [];
  for (const element of elements) {
    const blocks = [element, ...element.querySelectorAll(BLOCKS)].filter((b) => !b.querySelector(BLOCKS));
    for (const block of blocks) {
      const nodes: { node: Text; start: number }[] = [];
      let text = '';
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node: node as Text, start: text.length });
        text += node.nodeValue ?? '';
      }
      const at = (offset: number) => {
        const found = nodes.findLast((n) => n.start <= offset)!;
        return [found.node, offset - found.start] as const;
      };
      for (const { segment, index } of segmenter.segment(text)) {
        const trimmed = segment.trim();
        if (!/[\p{L}\p{N}]/u.test(trimmed)) continue;
        const start = index + segment.indexOf(trimmed);
        const range = document.createRange();
        range.setStart(...at(start));
        range.setEnd(...at(start + trimmed.length));
        sentences.push({ text: trimmed, range });
      }
    }
  }
  return sentences;
}

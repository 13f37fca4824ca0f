/**
 * A rule's guidance (what it asks for, why it matters with its source, a good
 * version, and the docs link when there is a public one) as Markdown and as plain
 * text: for editor hovers and SARIF `help`, so a reader without a link still gets
 * all of it. Pure.
 */
export interface Guidance {
  description?: string;
  rationale?: string;
  source?: string;
  goodExample?: string;
  /** A public http(s) address; no link without one. */
  url?: string;
}

function blockquote(text: string): string {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join('\n');
}

export function guidanceMarkdown(ruleId: string, g: Guidance): string {
  const parts = [`**${ruleId}**${g.description ? `: ${g.description}` : ''}`];
  if (g.rationale) parts.push(`**Why it matters.** ${g.rationale}`);
  if (g.source) parts.push(`*Source: ${g.source}*`);
  if (g.goodExample) parts.push(`**A good version:**\n\n${blockquote(g.goodExample)}`);
  if (g.url) parts.push(`[Read the ${ruleId} documentation](${g.url})`);
  return parts.join('\n\n');
}

export function guidanceText(ruleId: string, g: Guidance): string {
  const parts = [`${ruleId}${g.description ? `: ${g.description}` : ''}`];
  if (g.rationale) parts.push(`Why it matters. ${g.rationale}`);
  if (g.source) parts.push(`Source: ${g.source}`);
  if (g.goodExample) parts.push(`A good version:\n${g.goodExample.trim()}`);
  if (g.url) parts.push(`Documentation: ${g.url}`);
  return parts.join('\n\n');
}

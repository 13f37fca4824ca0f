/** Formatters by name, each imported only when asked for. */
import type { Formatter } from './types.js';

const loaders: Record<string, () => Promise<{ default: Formatter }>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  sarif: () => import('./sarif.js'),
  github: () => import('./github.js'),
  junit: () => import('./junit.js'),
  html: () => import('./html.js'),
  checklist: () => import('./checklist.js'),
};

export const FORMAT_NAMES = Object.keys(loaders);

export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  const load = loaders[name];
  return load ? (await load()).default : undefined;
}

export type { Formatter, FormatterContext } from './types.js';

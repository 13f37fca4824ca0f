/**
 * node:path for the one module in the browser bundle that imports it
 * (src/formatters/paths.ts, via the HTML report). In the browser a file has a
 * name and no folder, so a name is already "relative": the report shows it as
 * chosen. The build refuses any other Node built-in.
 */
export const sep = '/';
export const isAbsolute = (path: string): boolean => path.startsWith('/');
export const relative = (_from: string, to: string): string => to;

/**
 * Which Office.js calls the add-in's source makes, and the requirement set each needs, read with
 * the TypeScript compiler: every property access in src/ whose declaration is in the office-js
 * type definitions, with the set that declaration's documentation names (`[Api set: ExcelApi 1.9]`
 * in the Excel namespace, `**Requirement set**: {@link … | OpenBrowserWindowApi 1.1}` in the
 * common API). Sets for Outlook only (Mailbox) are left out: they tag members Excel shares.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface OfficeCall {
  /** `Type.member`, as the type definitions declare it (`Range.getMergedAreasOrNullObject`). */
  call: string;
  /** Requirement sets the documentation names (`ExcelApi 1.13`); empty when it names none. */
  sets: string[];
  /** Source files (relative to the repository) that make the call. */
  files: string[];
}

const ROOT = path.resolve(__dirname, '..', '..');

/** The sets a declaration's documentation names, Outlook-only ones left out. */
function setsOf(declaration: ts.Declaration): string[] {
  const text = ts
    .getJSDocCommentsAndTags(declaration)
    .map((d) => d.getText())
    .join('\n');
  const sets = new Set<string>();
  for (const m of text.matchAll(/\[Api set: ([A-Za-z]+) (\d+\.\d+)/g)) sets.add(`${m[1]} ${m[2]}`);
  for (const m of text.matchAll(/Requirement sets?\*\*:[^\n]*\n?(?:[^\n]*\n){0,4}/g)) {
    for (const link of m[0].matchAll(/\|\s*([A-Za-z]+) (\d+\.\d+)\s*\}/g)) sets.add(`${link[1]} ${link[2]}`);
  }
  return [...sets].filter((s) => !s.startsWith('Mailbox ')).sort();
}

/**
 * The Office.js calls of the source files under `dirs` (relative to the repository; tests left
 * out), sorted by call.
 *
 * @example
 * officeCalls(['src/workbook/office']).find((c) => c.call === 'Range.getMergedAreasOrNullObject')?.sets // ['ExcelApi 1.13']
 */
export function officeCalls(dirs: readonly string[]): OfficeCall[] {
  const files = dirs.flatMap((dir) =>
    (readdirSync(path.join(ROOT, dir), { recursive: true }) as string[])
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
      .map((f) => path.join(ROOT, dir, f)),
  );
  const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!config) throw new Error('tsconfig.json could not be read');
  const program = ts.createProgram(files, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const wanted = new Set(files);
  const calls = new Map<string, OfficeCall>();
  for (const source of program.getSourceFiles()) {
    if (!wanted.has(source.fileName)) continue;
    const rel = path.relative(ROOT, source.fileName);
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const declaration = checker.getSymbolAtLocation(node.name)?.declarations?.[0];
        if (declaration && /[\\/]@types[\\/]office-js[\\/]/.test(declaration.getSourceFile().fileName)) {
          const owner = (declaration.parent as { name?: ts.Node }).name?.getText() ?? '';
          const call = owner ? `${owner}.${node.name.text}` : node.name.text;
          const known = calls.get(call) ?? { call, sets: setsOf(declaration), files: [] };
          if (!known.files.includes(rel)) known.files.push(rel);
          calls.set(call, known);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return [...calls.values()].sort((a, b) => a.call.localeCompare(b.call));
}

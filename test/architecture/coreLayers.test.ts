import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The rooms of src/core, lowest first. A module may import from its own room and from rooms
 * of lower layers only: never sideways (same layer, other room), never upward. A new room is
 * placed here on purpose, not by accident.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['.'], // grid, findings: the cells and the findings everything speaks in
  ['calendar', 'text'],
  ['periods', 'write'],
  ['units'],
  ['schedule'],
  ['plan'], // reads columns by meaning: unit words and timing phrases (SPEC §12)
  ['status'],
  ['highlight', 'init', 'register'],
  ['forms'],
  ['consolidate'],
  ['docx'], // the plan read straight from the Word file (SPEC §13)
  ['remind'],
  ['sample'],
];

const CORE = resolve(__dirname, '../../src/core');
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** The src/core files a source imports (relative imports only; packages are not rooms). */
function importsOf(source: string, file: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (!spec.startsWith('.')) continue;
    const target = resolve(dirname(file), spec);
    out.push(/\.tsx?$/.test(target) ? target : `${target}.ts`);
  }
  return out;
}

function roomOf(file: string): string {
  const rel = relative(CORE, file);
  return rel.includes('/') ? rel.split('/')[0] : '.';
}

function layerOf(room: string): number {
  return LAYERS.findIndex((rooms) => rooms.includes(room));
}

/** Every import cycle among the files, each as the files along it. */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

const files = sourceFiles(CORE);
const graph = new Map(files.map((f) => [f, importsOf(readFileSync(f, 'utf8'), f)]));
const show = (f: string) => relative(CORE, f);

describe('src/core layering', () => {
  it('finds the imports it checks', () => {
    // The scan itself must see the known edges, or the checks below would pass on nothing.
    const edges = [...graph.values()].flat();
    expect(edges.length).toBeGreaterThan(200);
    expect(graph.get(join(CORE, 'consolidate/consolidateForms.ts'))).toContain(join(CORE, 'consolidate/unitFileCheck.ts'));
  });

  it('places every room in a layer', () => {
    const rooms = [...new Set(files.map(roomOf))].sort();
    expect(rooms.filter((r) => layerOf(r) < 0)).toEqual([]);
  });

  it('imports only from the same room or a lower layer', () => {
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      const from = roomOf(file);
      for (const target of targets) {
        const to = roomOf(target);
        if (to !== from && layerOf(to) >= layerOf(from)) wrong.push(`${show(file)} → ${show(target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has no import cycle, not even inside a room', () => {
    expect(cycles(graph).map((c) => c.map(show).join(' → '))).toEqual([]);
  });

  it('imports only files that exist', () => {
    const missing = [...graph.values()].flat().filter((t) => !graph.has(t));
    expect(missing).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('see a cycle and an upward import when there is one', () => {
    const a = join(CORE, 'consolidate/a.ts');
    const b = join(CORE, 'consolidate/b.ts');
    expect(cycles(new Map([[a, [b]], [b, [a]]]))).toHaveLength(1);
    expect(layerOf(roomOf(join(CORE, 'consolidate/x.ts')))).toBeGreaterThan(layerOf(roomOf(join(CORE, 'register/y.ts'))));
    expect(importsOf("import { x } from '../consolidate/reportingUnit';", join(CORE, 'register/r.ts'))).toEqual([join(CORE, 'consolidate/reportingUnit.ts')]);
  });
});

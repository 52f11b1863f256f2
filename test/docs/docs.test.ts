/**
 * The README stays a front page (under 150 lines) and every relative link in README.md and
 * docs/ resolves: the file exists and, with a #fragment, a heading of that file has that anchor
 * (GitHub's rule: lower case, punctuation dropped, spaces to hyphens).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return markdownFiles(full);
    return e.name.endsWith('.md') ? [full] : [];
  });
}

/** Text outside fenced code blocks and inline code, where a link is a link. */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
}

/** GitHub's heading anchors of a markdown file (a repeated heading gets -1, -2 …). */
function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const m of markdown.replace(/^```[\s\S]*?^```/gm, '').matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = m[1]
      .replace(/`/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

/** Every relative link target of a markdown file: [text](target) and ![alt](target). */
function relativeLinks(markdown: string): string[] {
  return [...prose(markdown).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((m) => m[1])
    .filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t));
}

const FILES = [path.join(ROOT, 'README.md'), ...markdownFiles(path.join(ROOT, 'docs'))];

describe('README and docs/', () => {
  test('README.md is under 150 lines', () => {
    const lines = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8').split('\n').length;
    expect(lines).toBeLessThan(150);
  });

  test('the docs hold the guides, the index and one file per decision topic', () => {
    const topics = ['plan-reading', 'schedules', 'units', 'status-and-printing', 'forms', 'consolidation', 'files-and-safety', 'excel-and-deployment', 'pane'];
    for (const f of ['README.md', 'huong-dan-can-bo.md', 'deployment.md', 'architecture.md', 'benchmarks.md', ...topics.map((t) => `decisions/${t}.md`)]) {
      expect(fs.existsSync(path.join(ROOT, 'docs', f))).toBe(true);
    }
  });

  test('no decision is filed under an issue number', () => {
    const byIssue = FILES.filter((f) => /^#{1,6}\s.*\bIssue \d+/im.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(ROOT, f));
    expect(byIssue).toEqual([]);
  });

  test.each(FILES.map((f) => [path.relative(ROOT, f), f]))('every relative link in %s resolves', (_name, file) => {
    const text = fs.readFileSync(file, 'utf8');
    const broken: string[] = [];
    for (const link of relativeLinks(text)) {
      const [target, fragment] = link.split('#', 2) as [string, string | undefined];
      const resolved = target === '' ? file : path.resolve(path.dirname(file), decodeURIComponent(target));
      if (!fs.existsSync(resolved)) {
        broken.push(`${link}: no such file`);
        continue;
      }
      if (fragment === undefined) continue;
      const anchorFile = fs.statSync(resolved).isDirectory() ? path.join(resolved, 'README.md') : resolved;
      if (!anchorFile.endsWith('.md') || !anchorsOf(fs.readFileSync(anchorFile, 'utf8')).has(decodeURIComponent(fragment))) {
        broken.push(`${link}: no heading #${fragment}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('the anchor rule is GitHub\'s', () => {
    expect([...anchorsOf('# A\n## 2. Sideloading into Excel (one machine, development)\n## Ý nghĩa các màu\n## `kstthc`, the command line\n## A')]).toEqual([
      'a',
      '2-sideloading-into-excel-one-machine-development',
      'ý-nghĩa-các-màu',
      'kstthc-the-command-line',
      'a-1',
    ]);
  });
});

describe('the officer’s guide is the pane’s help page', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const help = require('../../scripts/helpPage.js') as { renderGuide(): string; guideImages(): string[] };

  test('help.html is the guide rendered, its screenshots shipped next to it, no link to a document it does not ship', () => {
    const html = help.renderGuide();
    expect(html).toContain('<h1>Hướng dẫn sử dụng Kiểm soát TTHC (dành cho cán bộ)</h1>');
    expect(html).toContain('Dùng dữ liệu mẫu');
    expect(html).not.toMatch(/href="[^"]*\.md/);
    const images = help.guideImages();
    expect(images.length).toBeGreaterThan(5);
    for (const src of images) {
      expect(html).toContain(`src="${src}"`);
      expect(fs.existsSync(path.join(ROOT, 'docs', src))).toBe(true);
    }
  });

  test('every screenshot under docs/images is shown somewhere in docs/', () => {
    const shown = FILES.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    const unused = fs.readdirSync(path.join(ROOT, 'docs', 'images')).filter((name) => !shown.includes(`images/${name}`));
    expect(unused).toEqual([]);
  });

  test('the help page template takes the guide, and names no sample year of its own', () => {
    const template = fs.readFileSync(path.join(ROOT, 'src', 'taskpane', 'help.html'), 'utf8');
    expect(template).toContain('<%= guide %>');
    expect(template).not.toMatch(/20\d\d/);
  });
});

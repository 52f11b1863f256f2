/**
 * The pane's help page is the officer's guide: docs/huong-dan-can-bo.md rendered to HTML at
 * build time (webpack.config.js puts it into help.html and copies the screenshots it shows).
 * Links to the other documents (for IT and developers) are kept as their text: the help page
 * is served alone, without the repository's docs/ folder.
 */
const fs = require('node:fs');
const path = require('node:path');
const { Marked } = require('marked');

const GUIDE = path.resolve(__dirname, '..', 'docs', 'huong-dan-can-bo.md');
/** Where the guide's images are, relative to it and to help.html alike. */
const IMAGES_DIR = 'images';

/** The guide as HTML; `file` defaults to docs/huong-dan-can-bo.md. */
function renderGuide(file = GUIDE) {
  const marked = new Marked({
    gfm: true,
    renderer: {
      link({ href, tokens }) {
        const text = this.parser.parseInline(tokens);
        // Another document of the repository: not on the help page's server.
        if (!/^(https?:|mailto:|#)/.test(href) && /\.md(#|$)/.test(href)) return text;
        return `<a href="${href}">${text}</a>`;
      },
    },
  });
  return marked.parse(fs.readFileSync(file, 'utf8'));
}

/** The image files the guide shows (relative to docs/), for the build to copy next to help.html. */
function guideImages(file = GUIDE) {
  const md = fs.readFileSync(file, 'utf8');
  return [...md.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((src) => src.startsWith(`${IMAGES_DIR}/`));
}

module.exports = { GUIDE, IMAGES_DIR, guideImages, renderGuide };

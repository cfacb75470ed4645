/**
 * A Vite build plugin: the built game opens from a copied folder by double-click (file://). Chromium refuses module
 * scripts and crossorigin stylesheets loaded from file://, but runs inline ones; so the app is built as one chunk (the
 * model card's text included) and its script and stylesheet are written into index.html. Paths are relative, so the
 * folder works from any place and from any path on a web server.
 */
import type { Plugin } from 'vite';

/** `</script` or `<!--` inside the code would end or confuse the inline script; `\x3C` is `<` in strings, templates and regular expressions alike. */
const escapeScript = (code: string) => code.replace(/<(\/script|!--)/gi, '\\x3C$1');

/** The tag that loads `fileName` (a script's src or a stylesheet's href, relative or absolute). */
const tagOf = (tag: 'script' | 'link', attribute: 'src' | 'href', fileName: string) =>
  new RegExp(`<${tag}\\b[^>]*\\b${attribute}="(?:\\./|/)?${fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>${tag === 'script' ? '\\s*</script>' : ''}`);

export function singleFile(): Plugin {
  return {
    name: 'quartier:single-file',
    apply: 'build',
    enforce: 'post',
    config: () => ({
      base: './',
      build: {
        // Workers stay files of their own; beside index.html, the URL the inlined script computes for them points at them.
        assetsDir: '',
        cssCodeSplit: false,
        // One chunk needs no preloading, nor the polyfill for it.
        modulePreload: false,
        rolldownOptions: { output: { codeSplitting: false } },
      },
    }),
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (!page || page.type !== 'asset') return;
        let html = String(page.source);
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk' && file.isEntry) {
            const tag = tagOf('script', 'src', file.fileName);
            if (!tag.test(html)) continue;
            // A function as replacement, so `$&` and the like in the code stay as they are.
            html = html.replace(tag, () => `<script type="module">${escapeScript(file.code)}</script>`);
            delete bundle[file.fileName];
          } else if (file.type === 'asset' && file.fileName.endsWith('.css')) {
            const tag = tagOf('link', 'href', file.fileName);
            if (!tag.test(html)) continue;
            html = html.replace(tag, () => `<style>${String(file.source).replace(/<\/style/gi, '\\3C/style')}</style>`);
            delete bundle[file.fileName];
          }
        }
        page.source = html;
      },
    },
  };
}

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('files are read from their bytes in the browser as in the command line', () => {
  it('plays a UTF-16 scenario with old Mac line endings, and refuses an image with the command line’s sentence', async () => {
    const { readFileSync } = await import('node:fs');
    const small = readFileSync('test/fixtures/small.yaml', 'utf8').replace(/\n/g, '\r');
    const { page, problems } = await openPage(browser, 'en');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const open = async (name: string, buffer: Buffer) => {
      const chooser = page.waitForEvent('filechooser');
      await page.click('[data-key="setup-open-scenario"]');
      await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer });
    };
    await open('windows.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(small, 'utf16le')]));
    await page.locator('#scenario-title', { hasText: 'Small neighbourhood' }).waitFor();
    await open('bild.yaml', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    const list = page.locator('.setup-problems');
    await list.waitFor();
    expect(await list.textContent()).toContain('bild.yaml:1:1: this is not a text file (perhaps an image, a document or an archive)');
    expect(problems).toEqual([]);
  });
});

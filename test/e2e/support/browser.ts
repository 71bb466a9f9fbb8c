import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { chromium, type Browser, type Locator, type Page } from 'playwright-core'

import { appPath } from '../../../dev/paths.js'

/** Debian's Chromium (`apt-get install chromium`), as `.ci/run` installs it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

/** Screenshots of this run, git-ignored; a few are copied to `docs/` by hand for the README. */
export const SCREENSHOTS = appPath('test', 'e2e', '__screenshots__')

export async function screenshot(
  target: Page | Locator,
  name: string,
  { fullPage = false }: { fullPage?: boolean } = {},
): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  const file = path.join(SCREENSHOTS, `${name}.png`)
  if ('goto' in target) await target.screenshot({ path: file, animations: 'disabled', fullPage })
  else await target.screenshot({ path: file, animations: 'disabled' })
}

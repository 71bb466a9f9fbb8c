import { expect } from 'vitest'
import type { Page } from 'playwright-core'

/** Logs into Payload's admin with e-mail and password, as an editor would. */
export async function logIn(page: Page, baseUrl: string, email: string, password: string) {
  await page.goto(`${baseUrl}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })
}

/** Opens a policy's edit view in one locale (`?locale=` is how the admin's locale switcher works). */
export async function openPolicy(page: Page, baseUrl: string, id: string | number, locale: string) {
  await page.goto(`${baseUrl}/admin/collections/policies/${id}?locale=${locale}`)
  await page.locator('#sections-row-0 [data-lexical-editor="true"]').waitFor({ timeout: 60_000 })
}

/**
 * Replaces words in a section's body the way a person does: select them in the rich-text editor
 * and type over them. Lexical follows the DOM selection, so selecting the exact characters and
 * typing exercises the editor's own input handling.
 */
export async function typeOver(page: Page, row: number, from: string, to: string) {
  const editor = page.locator(`#sections-row-${row} [data-lexical-editor="true"]`)
  await editor.scrollIntoViewIfNeeded()
  await editor.click()
  const found = await editor.evaluate((root, text) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const start = node.textContent?.indexOf(text) ?? -1
      if (start < 0) continue
      const range = document.createRange()
      range.setStart(node, start)
      range.setEnd(node, start + text.length)
      const selection = window.getSelection()
      selection?.removeAllRanges()
      selection?.addRange(range)
      return true
    }
    return false
  }, from)
  expect(found, `"${from}" in section row ${row}`).toBe(true)
  // Lexical reads the selection on `selectionchange`, which fires asynchronously.
  await page.waitForTimeout(150)
  await page.keyboard.type(to)
  await expect.poll(() => editor.innerText()).toContain(to)
  // Payload's Lexical field hands the edit to the form only in the browser's idle time (or after
  // 500 ms): a save clicked before that stores the text as it was. A CI run saw it happen (the
  // Russian draft was published without its edit). Wait for an idle callback of our own, queued
  // after the field's, then a frame for React to commit the form's new value.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestIdleCallback(() => requestAnimationFrame(() => resolve()), { timeout: 2000 }),
      ),
  )
}

/** Picks an option of a Payload select field (react-select) by its visible label. */
export async function choose(page: Page, field: string, option: RegExp) {
  const control = page.locator(`#field-${field}`)
  await control.scrollIntoViewIfNeeded()
  await control.locator('.rs__control').click()
  await page.locator('.rs__option', { hasText: option }).first().click()
}

/**
 * Waits for the admin's answer to a save: its toast first says "Submitting…", then either
 * succeeds or shows the server's error, which fails the test with that message.
 */
async function waitForSaved(page: Page) {
  const toast = page.locator('[data-sonner-toast]', { hasText: /saved|updated|published|success/i })
  const error = page.locator('[data-sonner-toast][data-type="error"]')
  const outcome = await Promise.race([
    toast
      .first()
      .waitFor({ timeout: 60_000 })
      .then(() => 'saved' as const),
    error
      .first()
      .waitFor({ timeout: 60_000 })
      .then(() => 'error' as const),
  ])
  if (outcome === 'error') throw new Error(`the admin refused: ${await error.first().innerText()}`)
  // Let the toast go, so the next save's toast is not mistaken for this one's.
  await page.locator('[data-sonner-toast]').first().waitFor({ state: 'detached', timeout: 30_000 })
}

/** Clicks "Save draft" and waits until the admin says it saved. */
export async function saveDraft(page: Page) {
  await page.locator('#action-save-draft').click()
  await waitForSaved(page)
}

/**
 * What a publisher fills in under "Next release" before publishing. `staleTranslations` answers the
 * out-of-date translation question when the form asks it (a material change while a translation
 * was made from older source text).
 */
export interface Release {
  changeType: 'material' | 'editorial'
  summary: string
  staleTranslations?: RegExp
}

export async function publish(page: Page, release: Release) {
  await choose(page, 'changeType', new RegExp(`^${release.changeType}$`, 'i'))
  await page.locator('#field-summary').fill(release.summary)
  if (release.staleTranslations && (await page.locator('#field-staleTranslations').count())) {
    await choose(page, 'staleTranslations', release.staleTranslations)
  }
  await page.locator('#action-save').click()
  await waitForSaved(page)
}

// Generated from src/client/policyConsentElement.ts by `npm run build:widget`: do not edit.
/* global HTMLElement, CustomEvent, DOMParser, crypto, URL, URLSearchParams, customElements, document, fetch, location */
const DEFAULT_LABELS = {
  later: 'Later',
  summaries: 'What changed',
  changes: 'The changes, highlighted',
  version: 'Version {{version}}',
  accepted: 'Thank you: your acceptance of the updated privacy policy has been recorded.',
  failed: 'Your acceptance could not be recorded. Please try again.',
  loadFailed: 'The privacy policy could not be loaded.',
  upcoming: 'Version {{version}} takes effect on {{date}}.',
}
const STYLE = `
:host{display:block;--pc-accent:#0b5cad;--pc-accent-text:#fff;--pc-text:#1f2328;--pc-muted:#4b5563;--pc-border:#d0d7de;--pc-bg:#fff;--pc-notice:#fff8e1;--pc-focus:#1d4ed8}
:host([state="idle"]),:host([state="loading"]){display:none}
*{box-sizing:border-box}
.notice{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center;justify-content:space-between;padding:.9rem 1rem;border:1px solid #e0b400;border-radius:.5rem;background:var(--pc-notice);color:var(--pc-text)}
.notice p{margin:0;flex:1 1 16rem}
.done{padding:.9rem 1rem;border:1px solid #1a7f37;border-radius:.5rem;background:#ecfdf0;color:#053b14}
button{font:inherit;font-weight:600;border-radius:.4rem;padding:.6rem 1rem;cursor:pointer;border:1px solid var(--pc-accent)}
.primary{background:var(--pc-accent);color:var(--pc-accent-text)}
.secondary{background:var(--pc-bg);color:var(--pc-accent)}
button:focus-visible,[tabindex]:focus-visible,a:focus-visible{outline:3px solid var(--pc-focus);outline-offset:2px}
button[disabled]{opacity:.6;cursor:progress}
dialog{width:min(46rem,calc(100vw - 1.5rem));max-height:calc(100dvh - 1.5rem);padding:0;border:0;border-radius:.75rem;color:var(--pc-text);background:var(--pc-bg);box-shadow:0 20px 50px rgba(0,0,0,.3)}
dialog[open]{display:flex;flex-direction:column}
dialog::backdrop{background:rgba(17,24,39,.6)}
.head{padding:1.1rem 1.25rem .25rem}
.head h2{margin:0;font-size:1.3rem;line-height:1.3}
.head h2:focus{outline:none}
.scroll{overflow:auto;padding:.25rem 1.25rem 1rem;flex:1 1 auto}
.scroll h3{font-size:1rem;margin:1.1rem 0 .4rem}
.scroll ul{margin:0;padding-left:1.2rem}
.diff{border:1px solid var(--pc-border);border-radius:.5rem;padding:.75rem 1rem;background:#fff}
.foot{display:flex;flex-wrap:wrap;gap:.6rem;justify-content:flex-end;padding:.9rem 1.25rem;border-top:1px solid var(--pc-border)}
.error{color:#a40e26;margin:0 1.25rem .75rem}
.error:empty{display:none}
.policy h2{font-size:1.25rem}
.policy h3{font-size:1.05rem;margin:1.4rem 0 .4rem}
.meta{color:var(--pc-muted)}
`
function fill(template, values) {
  return template.replace(/\{\{(\w+)\}\}/g, (match, name) =>
    name in values ? String(values[name]) : match,
  )
}
function element(tag, attributes = {}, text) {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value)
  if (text !== undefined) node.textContent = text
  return node
}
/**
 * HTML from the API is rebuilt into the page from an allow-list instead of assigned with
 * `innerHTML`: the element trusts the API for text, not for code. A hostile or compromised API
 * (or consent endpoint) must not run script in the host page, so an `<img onerror>` or `<script>`
 * in its answer becomes nothing. `DOMParser` builds an inert document (no scripts run, nothing
 * loads) that is then walked; a sanitiser library would have to be inlined into this one static
 * module, and the markup the plugin renders is small and known: what it uses is listed here.
 */
const KEPT_ELEMENTS = new Set([
  'p',
  'br',
  'ul',
  'ol',
  'li',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'a',
  'ins',
  'del',
  'h2',
  'h3',
  'h4',
  'section',
  'div',
  'span',
])
/** Dropped with their content; any other unknown element is unwrapped (its text is policy text). */
const DROPPED_ELEMENTS = new Set([
  'script',
  'style',
  'template',
  'iframe',
  'frame',
  'object',
  'embed',
  'svg',
  'math',
  'noscript',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'img',
  'video',
  'audio',
  'source',
  'picture',
  'canvas',
])
const KEPT_ATTRIBUTES = new Set(['class', 'lang', 'dir', 'role', 'aria-label', 'data-key'])
const SAFE_HREF = /^(https?:|mailto:|#)/i
function sanitizedChildren(from, into) {
  for (const child of Array.from(from.childNodes)) {
    if (child.nodeType === 3) {
      into.appendChild(document.createTextNode(child.textContent ?? ''))
      continue
    }
    if (child.nodeType !== 1) continue
    const source = child
    const tag = source.localName
    if (tag === 'style' && !/url\(|@import|\\/i.test(source.textContent ?? '')) {
      // The diff's own scoped styles: CSS in the element's shadow root runs nothing and, without
      // `url()`/`@import` (or escapes hiding them), loads nothing.
      into.appendChild(element('style', {}, source.textContent ?? ''))
      continue
    }
    if (DROPPED_ELEMENTS.has(tag)) continue
    if (!KEPT_ELEMENTS.has(tag)) {
      sanitizedChildren(source, into)
      continue
    }
    const copy = document.createElement(tag)
    for (const { name, value } of Array.from(source.attributes)) {
      if (KEPT_ATTRIBUTES.has(name)) copy.setAttribute(name, value)
    }
    if (tag === 'a') {
      const href = source.getAttribute('href')?.trim() ?? ''
      if (!SAFE_HREF.test(href)) {
        sanitizedChildren(source, into)
        continue
      }
      copy.setAttribute('href', href)
      if (!href.startsWith('#')) {
        copy.setAttribute('target', '_blank')
        copy.setAttribute('rel', 'noopener noreferrer')
      }
    }
    sanitizedChildren(source, copy)
    into.appendChild(copy)
  }
}
/** An HTML string from the API as page nodes: allowed elements and attributes only. */
function safeFragment(html) {
  const parsed = new DOMParser().parseFromString(html, 'text/html')
  const fragment = document.createDocumentFragment()
  sanitizedChildren(parsed.body, fragment)
  return fragment
}
/** 32 hex digits; `crypto.randomUUID` would need a secure context, which plain-HTTP shops lack. */
function randomKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
const FOCUSABLE =
  'a[href],button:not([disabled]),input:not([disabled]),select,textarea,[tabindex]:not([tabindex="-1"])'
/** The element; registered as `policy-consent` when this module loads in a browser. */
export class PolicyConsentElement extends HTMLElement {
  static observedAttributes = ['locale', 'slug', 'consent-endpoint']
  root
  status = null
  dialog = null
  opener = null
  /** One per prompt shown: a double click or a retry after a network error records once. */
  idempotencyKey = ''
  loadId = 0
  constructor() {
    super()
    this.root = this.attachShadow({ mode: 'open' })
  }
  connectedCallback() {
    void this.load()
  }
  attributeChangedCallback(_name, previous, next) {
    if (previous !== next && this.isConnected) void this.load()
  }
  get slugAttr() {
    return this.getAttribute('slug') ?? 'privacy-policy'
  }
  get localeAttr() {
    return this.getAttribute('locale') ?? document.documentElement.lang ?? 'lv'
  }
  // Attribute readers are private and named unlike the attributes: React sets a custom element's
  // *property* when one of that name exists, and these have no setters.
  /** The public storefront API's base URL (same origin, or one that allows CORS). */
  get apiBase() {
    return (this.getAttribute('api') ?? '/api/storefront').replace(/\/+$/, '')
  }
  get labelSet() {
    const raw = this.getAttribute('labels')
    if (!raw) return DEFAULT_LABELS
    try {
      return { ...DEFAULT_LABELS, ...JSON.parse(raw) }
    } catch {
      return DEFAULT_LABELS
    }
  }
  /** Opens the prompt again (after "Later"); does nothing when no review is due. */
  open() {
    const dialog = this.dialog
    if (!dialog || dialog.open) return
    dialog.showModal()
    dialog.querySelector('h2')?.focus()
  }
  setState(state) {
    this.setAttribute('state', state)
  }
  emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }))
  }
  async load() {
    const id = ++this.loadId
    this.setState('loading')
    try {
      if (this.getAttribute('view') === 'policy') await this.renderPolicy(id)
      else await this.renderPrompt(id)
    } catch (error) {
      if (id !== this.loadId) return
      this.reset()
      this.root.append(element('p', { role: 'alert', class: 'error' }, this.labelSet.loadFailed))
      this.setState('error')
      this.emit('policy-consent:error', { error: String(error) })
    }
  }
  reset() {
    this.dialog = null
    this.root.replaceChildren(element('style', {}, STYLE))
  }
  async getJson(url) {
    // `no-cache`: revalidate (a cheap 304) so a publish a minute ago is never hidden by a cache.
    const response = await fetch(url, {
      cache: 'no-cache',
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    })
    if (response.status === 204) return null
    if (!response.ok) throw new Error(`${url}: ${response.status}`)
    return await response.json()
  }
  policyUrl() {
    const query = new URLSearchParams({ locale: this.localeAttr })
    return `${this.apiBase}/policies/${encodeURIComponent(this.slugAttr)}?${query.toString()}`
  }
  /** `view="policy"`: the policy in force, its version, and the next announced version if any. */
  async renderPolicy(id) {
    const policy = await this.getJson(this.policyUrl())
    if (id !== this.loadId || !policy) return
    this.reset()
    const labels = this.labelSet
    const article = element('article', { class: 'policy', lang: policy.locale })
    article.append(
      element('h2', {}, policy.title),
      element('p', { class: 'meta' }, fill(labels.version, { version: policy.version.number })),
    )
    if (policy.upcoming) {
      const date = new Date(policy.upcoming.effectiveAt).toLocaleDateString(policy.locale, {
        dateStyle: 'long',
      })
      const notice = element('div', { class: 'notice', role: 'note' })
      const text = element('div')
      text.append(
        element('p', {}, fill(labels.upcoming, { version: policy.upcoming.number, date })),
        element('p', {}, policy.upcoming.summary),
      )
      notice.append(text)
      article.append(notice)
    }
    for (const section of policy.sections) {
      const body = element('div')
      body.append(safeFragment(section.html))
      article.append(element('h3', {}, section.heading), body)
    }
    this.root.append(article)
    this.setState('policy')
    this.emit('policy-consent:ready', { policy })
  }
  consentUrl() {
    const endpoint = this.getAttribute('consent-endpoint')
    if (!endpoint) return null
    const url = new URL(endpoint, location.href)
    url.searchParams.set('slug', this.slugAttr)
    url.searchParams.set('locale', this.localeAttr)
    return url.toString()
  }
  async renderPrompt(id) {
    const url = this.consentUrl()
    const status = url ? await this.getJson(url) : null
    if (id !== this.loadId) return
    this.status = status
    this.reset()
    if (!status?.mustReview || !status.changes || !status.prompt) {
      this.setState('idle')
      this.emit('policy-consent:ready', { status })
      return
    }
    // The diff lives on the policy API's origin; `diffUrl` is a path there. An absolute URL to
    // any other origin is refused: the consent endpoint must not point the page anywhere it likes.
    const api = new URL(this.apiBase, location.href)
    const diffUrl = new URL(status.changes.diffUrl, api)
    if (diffUrl.origin !== api.origin)
      throw new Error(`diffUrl off the API's origin: ${diffUrl.origin}`)
    const response = await fetch(diffUrl, { headers: { accept: 'text/html' } })
    if (!response.ok) throw new Error(`${diffUrl}: ${response.status}`)
    const diffHtml = await response.text()
    if (id !== this.loadId) return
    this.renderNotice(status)
    this.renderDialog(status, diffHtml)
    this.setState('prompt')
    this.emit('policy-consent:ready', { status })
    if (this.hasAttribute('auto-open')) this.open()
  }
  renderNotice(status) {
    const prompt = status.prompt
    if (!prompt) return
    const notice = element('div', { class: 'notice', role: 'region', 'aria-label': prompt.title })
    const button = element('button', { type: 'button', class: 'primary' })
    button.textContent = prompt.viewChanges ?? this.labelSet.summaries
    button.addEventListener('click', () => {
      this.opener = button
      this.open()
    })
    notice.append(element('p', {}, prompt.title), button)
    this.root.append(notice)
  }
  renderDialog(status, diffHtml) {
    const { prompt, changes } = status
    if (!prompt || !changes) return
    const labels = this.labelSet
    const dialog = element('dialog', {
      'aria-labelledby': 'pc-title',
      'aria-describedby': 'pc-body',
    })
    const head = element('div', { class: 'head' })
    head.append(element('h2', { id: 'pc-title', tabindex: '-1' }, prompt.title))
    const scroll = element('div', { class: 'scroll' })
    scroll.append(element('p', { id: 'pc-body' }, prompt.body))
    scroll.append(element('h3', {}, labels.summaries))
    const list = element('ul', { class: 'summaries' })
    const withVersions = changes.summaries
    const summaries =
      withVersions?.map((entry) => entry.summary) ?? changes.summary.split('\n').filter(Boolean)
    for (const summary of summaries) list.append(element('li', {}, summary))
    scroll.append(list)
    scroll.append(element('h3', { id: 'pc-changes' }, labels.changes))
    // Scrollable content must be reachable by keyboard, hence the tabindex and the label.
    const diff = element('div', {
      class: 'diff',
      role: 'region',
      'aria-labelledby': 'pc-changes',
      tabindex: '0',
      lang: this.localeAttr,
    })
    diff.append(safeFragment(diffHtml))
    scroll.append(diff)
    const error = element('p', { class: 'error', role: 'alert' })
    const foot = element('div', { class: 'foot' })
    const later = element('button', { type: 'button', class: 'secondary' }, labels.later)
    const accept = element('button', { type: 'button', class: 'primary', 'data-accept': '' })
    accept.textContent = prompt.accept ?? 'OK'
    later.addEventListener('click', () => dialog.close())
    accept.addEventListener('click', () => void this.accept(accept, error))
    foot.append(later, accept)
    dialog.append(head, scroll, error, foot)
    dialog.addEventListener('keydown', (event) => this.trapFocus(event, dialog))
    dialog.addEventListener('close', () => {
      const opener = this.opener
      this.opener = null
      opener?.focus()
    })
    this.dialog = dialog
    this.idempotencyKey = randomKey()
    this.root.append(dialog)
  }
  /**
   * A modal dialog already makes the page inert; this keeps Tab cycling inside the dialog instead
   * of leaving for the browser's toolbar, which keyboard users would have to tab back from.
   */
  trapFocus(event, dialog) {
    if (event.key !== 'Tab') return
    const focusable = [...dialog.querySelectorAll(FOCUSABLE)]
    if (!focusable.length) return
    const first = focusable[0]
    const last = focusable[focusable.length - 1]
    const active = this.root.activeElement
    if (event.shiftKey && (active === first || !dialog.contains(active))) {
      event.preventDefault()
      last.focus()
    } else if (!event.shiftKey && active === last) {
      event.preventDefault()
      first.focus()
    }
  }
  async accept(button, error) {
    const status = this.status
    const endpoint = this.getAttribute('consent-endpoint')
    if (!status || !endpoint) return
    button.disabled = true
    error.textContent = ''
    try {
      // The hash must be of the text in force in this language: read it, and make sure it is the
      // version the status asked about (a publish may have happened in between).
      const policy = await this.getJson(this.policyUrl())
      if (!policy || policy.version.number !== status.currentVersion) {
        throw new Error('The policy changed meanwhile')
      }
      const response = await fetch(new URL(endpoint, location.href), {
        method: 'POST',
        credentials: 'same-origin',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'idempotency-key': this.idempotencyKey,
        },
        body: JSON.stringify({
          slug: this.slugAttr,
          version: policy.version.number,
          locale: policy.locale,
          contentHash: policy.contentHash,
        }),
      })
      if (!response.ok) throw new Error(`${endpoint}: ${response.status}`)
      const receipt = await response.json()
      this.dialog?.close()
      this.reset()
      this.root.append(element('p', { class: 'done', role: 'status' }, this.labelSet.accepted))
      this.setState('accepted')
      this.emit('policy-consent:accepted', { receipt })
    } catch {
      error.textContent = this.labelSet.failed
      button.disabled = false
    }
  }
}
if (typeof customElements !== 'undefined' && !customElements.get('policy-consent')) {
  customElements.define('policy-consent', PolicyConsentElement)
}

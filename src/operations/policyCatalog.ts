import type { Payload } from 'payload'

import type { VersionMeta, VersionSnapshot } from '../policy/types.js'
import type { ResolvedPolicyOptions } from '../types.js'
import { LruMap } from '../util/lruMap.js'
import { findVersionWithSnapshot, latestVersionChange, listVersionMetas } from './versionQueries.js'

interface CatalogEntry {
  metas: VersionMeta[]
  /** Which version row was written last (see `latestVersionChange`), or null for none. */
  stamp: string | null
  /** When the database was last asked (ms epoch, taken before the query). */
  checkedAt: number
}

/**
 * The read model of published versions, per Payload instance. Published versions never change,
 * so their text and anything derived from it is cached without expiry (bounded). The only thing
 * that can change is the set of versions, when someone publishes, possibly in another process
 * (another app instance, the CLI): so at most every `freshnessCheckMs` one request per policy asks
 * the database which version row was written last, a single indexed lookup, and reloads only if it
 * moved.
 */
/**
 * How many slugs without a published version are remembered. Anyone can ask for any slug, so
 * misses are kept in an LRU: the entries of real policies are bounded by how many exist, these
 * by this number, and a flood of made-up slugs costs a query each but no memory.
 */
const UNKNOWN_SLUGS_REMEMBERED = 256

export class PolicyCatalog {
  /** Policies with at least one published version. */
  private readonly entries = new Map<string, CatalogEntry>()
  /** Slugs found without any published version, and when. */
  private readonly unknown = new LruMap<string, CatalogEntry>(UNKNOWN_SLUGS_REMEMBERED)
  private readonly pending = new Map<string, Promise<CatalogEntry>>()
  private readonly snapshots = new LruMap<string, VersionSnapshot>(64)
  private readonly memo = new LruMap<string, unknown>(512)

  constructor(
    readonly payload: Payload,
    readonly options: ResolvedPolicyOptions,
    private readonly clock: () => number = Date.now,
  ) {}

  now(): number {
    return this.clock()
  }

  /** Published versions of a policy, newest first; empty for an unknown slug. */
  async versions(slug: string): Promise<VersionMeta[]> {
    return this.freshVersions(slug) ?? (await this.refresh(slug)).metas
  }

  /**
   * The versions when they were checked less than `freshnessCheckMs` ago, else null (the caller
   * then waits for {@link versions}). Synchronous, so that a cached answer needs no promise.
   */
  freshVersions(slug: string): VersionMeta[] | null {
    const entry = this.entries.get(slug) ?? this.unknown.get(slug)
    if (!entry) return null
    const age = this.clock() - entry.checkedAt
    if (age >= this.options.freshnessCheckMs) return null
    // Past half the interval the database is asked again in the background, so under steady
    // traffic the answer is in before anyone has to wait for it. What is served was still
    // checked less than `freshnessCheckMs` ago, as before: a publish shows as quickly.
    if (age >= this.options.freshnessCheckMs / 2) this.refreshInBackground(slug)
    return entry.metas
  }

  /**
   * Versions, re-checked against the database first when `number` is newer than any known one:
   * a version another process published a moment ago must be acceptable at once.
   */
  async versionsIncluding(slug: string, number: number): Promise<VersionMeta[]> {
    const metas = await this.versions(slug)
    if (metas.some((meta) => meta.number >= number)) return metas
    this.invalidate(slug)
    return this.versions(slug)
  }

  /** Forgets what is known about a policy's versions; the next read asks the database. */
  invalidate(slug: string): void {
    const entry = this.entries.get(slug)
    if (entry) entry.checkedAt = Number.NEGATIVE_INFINITY
    this.unknown.delete(slug)
  }

  /** How many slugs the catalog holds anything for (known policies and remembered misses). */
  get size(): number {
    return this.entries.size + this.unknown.size
  }

  /** The frozen text of a version (all locales). */
  async snapshot(slug: string, meta: VersionMeta): Promise<VersionSnapshot> {
    const key = String(meta.id)
    const cached = this.snapshots.get(key)
    if (cached) return cached
    const doc = await findVersionWithSnapshot(this.payload, this.options, slug, meta.number)
    const snapshot = doc?.snapshot ?? {}
    this.snapshots.set(key, snapshot)
    return snapshot
  }

  /**
   * Computes a value derived from immutable data once. Keys must name everything the value depends
   * on (slug, version numbers, locale): a stale key is never looked up again and ages out.
   */
  async memoize<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const cached = this.memo.get(key) as Promise<T> | undefined
    if (cached) return cached
    const promise = compute()
    this.memo.set(key, promise)
    // Only this computation's own entry: the key may hold a newer one by the time it fails.
    promise.catch(() => {
      if (this.memo.get(key) === promise) this.memo.delete(key)
    })
    return promise
  }

  private refreshInBackground(slug: string): void {
    if (this.pending.has(slug)) return
    // A failed check leaves the entry as it was; the next request past the interval retries it
    // and, waiting for it, sees the error.
    this.refresh(slug).catch((error: unknown) => {
      this.payload.logger.warn({ err: error, msg: `freshness check of "${slug}" failed` })
    })
  }

  private refresh(slug: string): Promise<CatalogEntry> {
    const inFlight = this.pending.get(slug)
    if (inFlight) return inFlight
    const promise = this.load(slug).finally(() => this.pending.delete(slug))
    this.pending.set(slug, promise)
    return promise
  }

  private async load(slug: string): Promise<CatalogEntry> {
    const checkedAt = this.clock()
    const previous = this.entries.get(slug)
    const stamp = await latestVersionChange(this.payload, this.options, slug)
    const metas =
      previous && previous.stamp === stamp
        ? previous.metas
        : stamp
          ? await listVersionMetas(this.payload, this.options, slug)
          : []
    const entry = { metas, stamp, checkedAt }
    if (metas.length) {
      this.entries.set(slug, entry)
      this.unknown.delete(slug)
    } else {
      this.entries.delete(slug)
      this.unknown.set(slug, entry)
    }
    return entry
  }
}

const catalogs = new WeakMap<Payload, PolicyCatalog>()

/** The catalog of a Payload instance (one per instance, so tests with several instances stay apart). */
export function getCatalog(payload: Payload, options: ResolvedPolicyOptions): PolicyCatalog {
  let catalog = catalogs.get(payload)
  if (!catalog) {
    catalog = new PolicyCatalog(payload, options)
    catalogs.set(payload, catalog)
  }
  return catalog
}

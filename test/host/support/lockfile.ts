/**
 * A lockfile for the host app cut from this repository's `package-lock.json`.
 *
 * Why: the host installs with `npm install --offline`, from the npm cache `npm ci` of this repo
 * filled. Without a lockfile npm resolves every range from registry metadata, and npm 11 asks for
 * the full documents (`fullMetadata: true` in arborist's `#fetchManifest`) while the cache holds
 * the abbreviated ones, so every lookup fails with ENOTCACHED. With a lockfile npm reads only
 * tarballs, by integrity, and those are cached. The host gets exactly the versions this repo's
 * tests run against, which is also what makes the test deterministic.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'

interface LockEntry {
  version?: string
  resolved?: string
  integrity?: string
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  peerDependenciesMeta?: Record<string, { optional?: boolean }>
  [field: string]: unknown
}

export interface PackageManifest {
  name: string
  version: string
  license?: string
  engines?: Record<string, string>
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  peerDependenciesMeta?: Record<string, { optional?: boolean }>
}

export interface PackageLock {
  name?: string
  version?: string
  lockfileVersion: number
  requires?: boolean
  packages: Record<string, LockEntry>
}

export function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T
}

/** The version the lock installs at the top level for `name`, or undefined. */
export function lockedVersion(lock: PackageLock, name: string): string | undefined {
  return lock.packages[`node_modules/${name}`]?.version
}

/** Where Node would find `name` from the package installed at `from` ('' is the root). */
function locate(lock: PackageLock, from: string, name: string): string | null {
  let dir = from
  for (;;) {
    const candidate = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`
    if (lock.packages[candidate]) return candidate
    if (!dir) return null
    const parent = dir.lastIndexOf('/node_modules/')
    dir = parent < 0 ? '' : dir.slice(0, parent)
  }
}

export interface HostLockArgs {
  repoLock: PackageLock
  /** The host's package.json, already depending on the plugin as `file:<tarball>`. */
  host: PackageManifest
  /** The packed plugin's own package.json and its tarball, as the host depends on it. */
  plugin: { manifest: PackageManifest; spec: string; tarball: string }
}

/**
 * The host's lock: every package the host's dependencies and the plugin need, at the paths and
 * versions of the repo's lock (dropping packages nobody needs changes no one's resolution), plus
 * the plugin itself from its tarball. Throws naming a dependency the repo's lock cannot supply.
 */
export function hostLockfile({ repoLock, host, plugin }: HostLockArgs): PackageLock {
  const picked: Record<string, LockEntry> = {}
  const missing: string[] = []
  const queue: Array<{ from: string; name: string; optional: boolean }> = []
  const need = (from: string, deps: Record<string, string> | undefined, optional = false) => {
    for (const name of Object.keys(deps ?? {})) queue.push({ from, name, optional })
  }
  const { [plugin.manifest.name]: _plugin, ...hostDependencies } = host.dependencies ?? {}
  need('', hostDependencies)
  need('', host.devDependencies)
  need('', plugin.manifest.dependencies)
  need('', plugin.manifest.peerDependencies)
  while (queue.length) {
    const { from, name, optional } = queue.shift()!
    const at = locate(repoLock, from, name)
    if (!at) {
      if (!optional) missing.push(`${name} (needed by ${from || 'the host'})`)
      continue
    }
    if (picked[at]) continue
    // The repo's dev/peer flags describe the repo's tree, not the host's; npm recomputes them.
    const { dev: _dev, devOptional: _devOptional, peer: _peer, ...entry } = repoLock.packages[at]
    picked[at] = entry
    need(at, entry.dependencies)
    need(at, entry.optionalDependencies, true)
    for (const peer of Object.keys(entry.peerDependencies ?? {})) {
      queue.push({
        from: at,
        name: peer,
        optional: entry.peerDependenciesMeta?.[peer]?.optional === true,
      })
    }
  }
  if (missing.length) {
    throw new Error(`the repo's package-lock.json has no entry for: ${missing.join(', ')}`)
  }
  const { manifest } = plugin
  const integrity = `sha512-${createHash('sha512').update(readFileSync(plugin.tarball)).digest('base64')}`
  picked[`node_modules/${manifest.name}`] = {
    version: manifest.version,
    resolved: plugin.spec,
    integrity,
    license: manifest.license,
    dependencies: manifest.dependencies,
    peerDependencies: manifest.peerDependencies,
    peerDependenciesMeta: manifest.peerDependenciesMeta,
    engines: manifest.engines,
  }
  const packages = Object.fromEntries(
    Object.keys(picked)
      .sort()
      .map((path) => [path, picked[path]]),
  )
  return {
    name: host.name,
    version: host.version,
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': {
        name: host.name,
        version: host.version,
        dependencies: host.dependencies,
        devDependencies: host.devDependencies,
        engines: host.engines,
      },
      ...packages,
    },
  }
}

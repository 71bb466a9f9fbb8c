/** What {@link entryOf} needs of a map: `Map` and `WeakMap` both fit. */
interface KeyedStore<K, V> {
  get(key: K): V | undefined
  set(key: K, value: V): unknown
}

/**
 * The map's value for `key`, created with `create` and stored first when it has none: for
 * caches kept as maps of maps, looked up by each key in turn rather than by one joined key.
 */
export function entryOf<K, V>(map: KeyedStore<K, V>, key: K, create: () => NoInfer<V>): V {
  let value = map.get(key)
  if (value === undefined) {
    value = create()
    map.set(key, value)
  }
  return value
}

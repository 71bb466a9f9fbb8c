'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Re-renders the page's server components once the widget has recorded a re-acceptance, so the
 * checkout (which waits for it) opens up without a full reload. The only client code of the shop.
 */
export function ConsentRefresh() {
  const router = useRouter()
  useEffect(() => {
    const refresh = () => router.refresh()
    document.addEventListener('policy-consent:accepted', refresh)
    return () => document.removeEventListener('policy-consent:accepted', refresh)
  }, [router])
  return null
}

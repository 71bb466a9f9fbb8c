import { getPayload } from 'payload'
import config from '../src/payload.config'
const payload = await getPayload({ config })
const v = await payload.find({ collection: 'policy-versions', depth: 0, select: { number: true, locales: true, contentHashes: true } })
console.log(JSON.stringify(v.docs))
const { handleEndpoints } = await import('payload')
const res = await handleEndpoints({ config, request: new Request('http://localhost/api/storefront/policies/privacy-policy?locale=lv') })
console.log(res.status, [...res.headers].join(' | '))
const body = await res.json()
console.log(body.sections.length, body.sections.map((s: any) => s.heading), body.version, body.contentHash)
console.log(body.sections[1].html.slice(0, 300))
process.exit(0)

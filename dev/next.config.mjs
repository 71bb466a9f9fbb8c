import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Types and lint are checked by `npm test` (tsc, eslint); the production build skips them.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // The evidence PDF's renderer reads its data files (colour profile, fonts) from its package
  // directory at run time: load it from node_modules rather than bundle it.
  serverExternalPackages: ['pdfkit'],
  // The admin must not be framed (clickjacking a publish button) nor its responses sniffed into
  // another type; no page here needs to send its URL (which may hold ids) to other sites.
  // The storefront API sets its own headers (`src/storefront/http.ts`).
  headers: async () => [
    {
      source: '/admin/:path*',
      headers: [
        { key: 'X-Frame-Options', value: 'DENY' },
        { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
      ],
    },
    {
      source: '/:path*',
      headers: [
        { key: 'X-Content-Type-Options', value: 'nosniff' },
        { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
      ],
    },
  ],
  // The plugin's sources import each other as `./file.js` (Node ESM, like Payload's own packages).
  // webpack maps those to the `.ts` files; Turbopack has no such option yet (vercel/next.js#82945),
  // so the demo app builds with webpack, as Payload's plugin template does. A host installs the
  // built package and needs none of this.
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.js': ['.ts', '.tsx', '.js'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })

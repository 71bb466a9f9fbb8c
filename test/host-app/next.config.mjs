import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // As the README asks of hosts: the evidence PDF's renderer reads its data files at run time.
  serverExternalPackages: ['pdfkit'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })

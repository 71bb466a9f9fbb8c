import type { AcceptanceEvidence } from './evidenceDocument.js'
import { evidenceSections, verificationSteps } from './evidenceDocument.js'

/**
 * DejaVu (Bitstream Vera licence, free to embed and redistribute) covers Latvian and Cyrillic in
 * one font, so the accepted text is drawn from the font the PDF embeds, never substituted by the
 * reader's. pdfkit embeds only the glyphs used (a subset), so a document stays tens of kilobytes.
 */
export async function evidencePdfFonts(): Promise<Record<'body' | 'bold' | 'mono', string>> {
  // Node finds them when a PDF is first asked for, not a host's bundler at build time: only the
  // package's `package.json` is resolved (a module every bundler knows), and the font files are
  // paths beside it. Resolving `dejavu-fonts-ttf/ttf/${file}` made Turbopack treat every `.ttf`
  // of the package as a module and fail the host's `next build` ("Unknown module type").
  const [{ createRequire }, path] = await Promise.all([import('node:module'), import('node:path')])
  const packageJson = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')
  const fontDirectory = path.join(path.dirname(packageJson), 'ttf')
  const font = (file: string) => path.join(fontDirectory, file)
  return {
    body: font('DejaVuSans.ttf'),
    bold: font('DejaVuSans-Bold.ttf'),
    mono: font('DejaVuSansMono.ttf'),
  }
}

const MARGIN = 56
const MUTED = '#555555'

/**
 * One acceptance's evidence as a PDF with the same content as {@link evidenceHtml}: the record,
 * the exact text accepted in its language with its hash, the receipt and inclusion proof, and how
 * to verify them. Archival PDF/A-2b with every font embedded, tagged with the text's language.
 */
export async function evidencePdf(evidence: AcceptanceEvidence): Promise<Buffer> {
  // Loaded on first use: most servers never render a PDF, and pdfkit is a large module.
  const { default: PDFDocument } = await import('pdfkit')
  const FONTS = await evidencePdfFonts()
  const { record } = evidence
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    font: FONTS.body,
    lang: record.locale,
    displayTitle: true,
    subset: 'PDF/A-2b',
    info: {
      Title: `Evidence of acceptance ${String(record.id)} — ${record.policy} v${record.version}`,
      Subject: `SHA-256 ${record.contentHash}`,
      CreationDate: new Date(evidence.generatedAt),
    },
  })
  doc.registerFont('body', FONTS.body)
  doc.registerFont('bold', FONTS.bold)
  doc.registerFont('mono', FONTS.mono)
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })

  const heading = (text: string, size = 13) =>
    doc.moveDown(0.8).font('bold').fontSize(size).fillColor('black').text(text).moveDown(0.3)
  const paragraph = (text: string) => doc.font('body').fontSize(10).fillColor('black').text(text)
  const mono = (text: string, size = 8.5) => doc.font('mono').fontSize(size).text(text)
  const fields = (entries: Array<[string, string]>) => {
    for (const [name, value] of entries) {
      doc.font('bold').fontSize(9).fillColor(MUTED).text(name)
      doc.font('mono').fontSize(9).fillColor('black').text(value).moveDown(0.25)
    }
  }

  const sections = evidenceSections(evidence)
  doc.font('bold').fontSize(17).text(sections.title)
  doc.moveDown(0.3)
  paragraph(sections.intro)
  heading('The record')
  fields(sections.record)
  heading('The text accepted')
  paragraph(sections.textHashLine)
  doc
    .font('bold')
    .fontSize(10)
    .fillColor(sections.textMatches ? '#006600' : '#aa0000')
    .text(sections.textMatchLine)
    .fillColor('black')
    .moveDown(0.5)
  // The accepted text in its own language and font size readable on paper; line breaks kept.
  doc.font('body').fontSize(10).text(evidence.text, { lineGap: 1.5 })
  heading('Receipt and inclusion proof')
  fields(sections.receipt)
  doc.moveDown(0.3)
  mono(JSON.stringify(evidence.receipt, null, 2), 7.5)
  heading('How to verify')
  verificationSteps(record).forEach((step, index) => {
    paragraph(`${index + 1}. ${step.replaceAll('`', '')}`)
    doc.moveDown(0.3)
  })
  paragraph(sections.clientNote.replaceAll('`', ''))
  doc.end()
  return await done
}

import type { PolicyDocument } from 'payload-privacy-policy/storefront-client'

/** The policy's sections, as the API serves them (its HTML is rendered and escaped by the module). */
export function PolicyText({
  policy,
  headingLevel,
}: {
  policy: PolicyDocument
  headingLevel: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <div className="shop-policy" lang={policy.locale}>
      {policy.sections.map((section, index) => (
        <section key={section.key} aria-labelledby={`policy-${section.key}`}>
          <Heading id={`policy-${section.key}`}>
            {index + 1}. {section.heading}
          </Heading>
          <div dangerouslySetInnerHTML={{ __html: section.html }} />
        </section>
      ))}
    </div>
  )
}

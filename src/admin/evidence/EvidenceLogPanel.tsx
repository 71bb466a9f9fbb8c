import type { CSSProperties } from 'react'
import type { ServerProps } from 'payload'

import { evidenceSigningKey } from '../../evidence/signingKey.js'
import {
  latestTreeHeadStatus,
  latestVerification,
  type VerificationTrigger,
} from '../../evidence/verificationRuns.js'
import { getPolicyOptions } from '../../plugin.js'
import { formatDateTime } from '../format.js'
import { adminText, type AdminStringKey } from '../i18n/index.js'
import { PANEL_FRAME, PANEL_MUTED } from '../panelStyles.js'

/** Findings shown on the dashboard; the stored run keeps more, the CLI prints all. */
const SHOWN_FINDINGS = 10

const TRIGGER_KEYS: Record<VerificationTrigger, AdminStringKey> = {
  cli: 'verificationTriggerCli',
  schedule: 'verificationTriggerSchedule',
  admin: 'verificationTriggerAdmin',
}

const TERM: CSSProperties = { fontWeight: 600, padding: '0.2em 1em 0.2em 0', verticalAlign: 'top' }
const HASH: CSSProperties = { fontFamily: 'ui-monospace, monospace', wordBreak: 'break-all' }
const OK: CSSProperties = { color: 'var(--theme-success-600, #1a7f37)', fontWeight: 600 }
const BAD: CSSProperties = { color: 'var(--theme-error-600, #b42318)', fontWeight: 600 }

/** A key fingerprint in groups of four hex digits, as people compare them aloud. */
function grouped(hex: string): string {
  return hex.match(/.{1,4}/g)?.join(' ') ?? hex
}

/**
 * The evidence log's dashboard card (`admin.components.beforeDashboard`): the latest signed tree
 * head (is its signature good, by which key) and the last stored `verify` run, with a "Verify now"
 * button for admins. Admins and auditors see it; everyone else sees nothing.
 */
export async function EvidenceLogPanel({ payload, user, i18n }: ServerProps) {
  if (!payload || !i18n) return null
  const options = getPolicyOptions(payload)
  if (options.disabled || !options.evidence || !options.access.canReadLedger(user)) return null
  const t = (key: AdminStringKey, vars?: Record<string, unknown>) => adminText(i18n.t, key, vars)
  const when = (iso: string) => formatDateTime(iso, i18n.language, options.timeZone)
  const key = evidenceSigningKey(payload, options)
  const [head, run] = await Promise.all([
    latestTreeHeadStatus(payload, options, key.keyId),
    latestVerification(payload, options),
  ])
  const action = `${payload.config.serverURL ?? ''}${payload.config.routes.api}/${options.slugs.verifications}/run`
  const hidden = run
    ? Math.max(0, run.findingCount - Math.min(run.findings.length, SHOWN_FINDINGS))
    : 0
  return (
    <section id="policy-evidence-log" className="policy-evidence-log" style={PANEL_FRAME}>
      <h2 style={{ margin: '0 0 0.5em', fontSize: '1.3em' }}>{t('evidencePanelTitle')}</h2>
      <h3 style={{ margin: '0.5em 0', fontSize: '1.05em' }}>{t('evidenceLatestHead')}</h3>
      {head ? (
        <table className="policy-evidence-head" data-tree-size={head.treeSize}>
          <tbody>
            <tr>
              <th style={TERM}>{t('evidenceTreeSize')}</th>
              <td>{head.treeSize}</td>
            </tr>
            <tr>
              <th style={TERM}>{t('evidenceRootHash')}</th>
              <td style={HASH} data-root-hash>
                {head.rootHash}
              </td>
            </tr>
            <tr>
              <th style={TERM}>{t('evidenceSignedAt')}</th>
              <td>{when(head.timestamp)}</td>
            </tr>
            <tr>
              <th style={TERM}>{t('evidenceSignature')}</th>
              <td data-signature={head.signatureValid ? 'valid' : 'invalid'}>
                <span style={head.signatureValid ? OK : BAD}>
                  {t(head.signatureValid ? 'evidenceSignatureOk' : 'evidenceSignatureBad')}
                </span>
              </td>
            </tr>
            <tr>
              <th style={TERM}>{t('evidenceKeyFingerprint')}</th>
              <td style={HASH} data-key-id={head.keyId}>
                {grouped(head.keyId)}
                {head.signedByCurrentKey ? null : (
                  <span style={{ ...BAD, fontFamily: 'inherit' }}>
                    {' '}
                    ({t('evidenceKeyNotCurrent')})
                  </span>
                )}
              </td>
            </tr>
          </tbody>
        </table>
      ) : (
        <p style={PANEL_MUTED}>{t('evidenceNoHead')}</p>
      )}
      <h3 style={{ margin: '1em 0 0.5em', fontSize: '1.05em' }}>{t('evidenceLastVerification')}</h3>
      {run ? (
        <div
          className="policy-evidence-verification"
          data-ok={run.ok ? 'true' : 'false'}
          data-finding-count={run.findingCount}
        >
          <p style={{ margin: '0 0 0.5em' }}>
            <span style={run.ok ? OK : BAD} data-result>
              {run.error
                ? t('evidenceResultError', { error: run.error })
                : run.ok
                  ? t('evidenceResultClean')
                  : t('evidenceResultFindings', { count: run.findingCount })}
            </span>{' '}
            — {when(run.verifiedAt)},{' '}
            {t('evidenceVerifiedBy', {
              trigger: t(TRIGGER_KEYS[run.trigger]),
              by: run.triggeredBy ? `(${run.triggeredBy})` : '',
            }).trim()}
            , {t('evidenceDuration', { ms: run.durationMs })}
          </p>
          {run.counts ? (
            <p style={PANEL_MUTED}>
              {run.treeSize !== null ? `${t('evidenceCoveredHead', { size: run.treeSize })}. ` : ''}
              {t('evidenceCountsLine', run.counts)}
            </p>
          ) : null}
          {run.findings.length ? (
            <ul
              className="policy-evidence-findings"
              style={{ margin: '0.5em 0', paddingLeft: '1.25em' }}
            >
              {run.findings.slice(0, SHOWN_FINDINGS).map((finding, index) => (
                <li key={index}>
                  <strong>{finding.subject}</strong>: {finding.problem}
                </li>
              ))}
              {hidden ? (
                <li style={PANEL_MUTED}>{t('evidenceMoreFindings', { count: hidden })}</li>
              ) : null}
            </ul>
          ) : null}
        </div>
      ) : (
        <p style={PANEL_MUTED} className="policy-evidence-never">
          {t('evidenceNeverVerified')}
        </p>
      )}
      {options.access.isAdmin(user) ? (
        <form method="post" action={action} style={{ marginTop: '0.75em' }}>
          <button
            type="submit"
            className="btn btn--style-secondary btn--size-small"
            title={t('evidenceVerifyNowHint')}
          >
            {t('evidenceVerifyNow')}
          </button>
        </form>
      ) : null}
    </section>
  )
}

import { it } from 'vitest'
import { readFileSync, writeFileSync } from 'node:fs'
import { diffPolicy } from './diffPolicy'
import { renderDiffHtml } from './renderHtml'
import { diffT } from './testing/diffT'
import { para, section } from './testing/builders'
import { parsePolicyText } from '../plaintext/parse'
import { reviseSeedText, toDiffInput } from './testing/seedRevision'
it('scratch', () => {
  const diff = diffPolicy(
    [section('a', 'A', para('Viens divi.'), para('Trīs četri.'))],
    [section('a', 'A', para('Pieci seši.'), para('Septiņi astoņi.'))],
    { maxEditLength: 1 },
  )
  console.log(renderDiffHtml(diff, diffT('en')).split('\n').slice(4).join('\n'))
  const t = readFileSync('seed/privacy-policy.lv.txt', 'utf8')
  const before = toDiffInput(parsePolicyText(t))
  const after = toDiffInput(parsePolicyText(reviseSeedText(t)))
  after[5].heading = 'DATU NODOŠANA TREŠAJĀM PERSONĀM'
  after[1].blocks[0] = { type: 'paragraph', text: 'Veicot pirkumu vai sazinoties ar klientu atbalsta dienestu, Jūs mums sniedzat savu personīgo informāciju; tā ir obligāta, jo bez tās Jūs nevarēsiet veikt pirkumu.' }
  const moved = after.splice(7, 1)
  after.splice(2, 0, ...moved)
  writeFileSync('/tmp/ppdiff.html', '<!doctype html><meta charset="utf-8"><body style="font-family:sans-serif;max-width:760px;margin:2em auto">' + renderDiffHtml(diffPolicy(before, after), diffT('lv')) + '</body>')
})

import { PolicyReleaseBanner as PolicyReleaseBanner_9230238df69f63b1dcc06e0d3e334817 } from 'payload-privacy-policy/rsc'
import { PolicyReleaseCell as PolicyReleaseCell_9230238df69f63b1dcc06e0d3e334817 } from 'payload-privacy-policy/rsc'
import { TranslationReviewedDescription as TranslationReviewedDescription_9230238df69f63b1dcc06e0d3e334817 } from 'payload-privacy-policy/rsc'
import { TranslationStatusField as TranslationStatusField_9230238df69f63b1dcc06e0d3e334817 } from 'payload-privacy-policy/rsc'
import { TranslationStatusCell as TranslationStatusCell_9230238df69f63b1dcc06e0d3e334817 } from 'payload-privacy-policy/rsc'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SectionRowLabel as SectionRowLabel_9230238df69f63b1dcc06e0d3e334817 } from 'payload-privacy-policy/rsc'
import { ChangesSincePublished as ChangesSincePublished_9230238df69f63b1dcc06e0d3e334817 } from 'payload-privacy-policy/rsc'
import { ReviewRequestStatus as ReviewRequestStatus_9230238df69f63b1dcc06e0d3e334817 } from 'payload-privacy-policy/rsc'
import { ReviewRequestCell as ReviewRequestCell_9230238df69f63b1dcc06e0d3e334817 } from 'payload-privacy-policy/rsc'
import { PendingReviewLinks as PendingReviewLinks_9230238df69f63b1dcc06e0d3e334817 } from 'payload-privacy-policy/rsc'
import { PublishNotice as PublishNotice_9230238df69f63b1dcc06e0d3e334817 } from 'payload-privacy-policy/rsc'
import { ChangesView as ChangesView_9230238df69f63b1dcc06e0d3e334817 } from 'payload-privacy-policy/rsc'
import { CompareView as CompareView_9230238df69f63b1dcc06e0d3e334817 } from 'payload-privacy-policy/rsc'
import { VersionStateCell as VersionStateCell_9230238df69f63b1dcc06e0d3e334817 } from 'payload-privacy-policy/rsc'
import { VersionLedgerSummary as VersionLedgerSummary_9230238df69f63b1dcc06e0d3e334817 } from 'payload-privacy-policy/rsc'
import { VersionListCompareLinks as VersionListCompareLinks_9230238df69f63b1dcc06e0d3e334817 } from 'payload-privacy-policy/rsc'
import { VersionView as VersionView_9230238df69f63b1dcc06e0d3e334817 } from 'payload-privacy-policy/rsc'
import { AcceptanceEvidenceLinks as AcceptanceEvidenceLinks_9230238df69f63b1dcc06e0d3e334817 } from 'payload-privacy-policy/rsc'
import { PendingReviewsCard as PendingReviewsCard_9230238df69f63b1dcc06e0d3e334817 } from 'payload-privacy-policy/rsc'
import { AcceptanceDashboard as AcceptanceDashboard_9230238df69f63b1dcc06e0d3e334817 } from 'payload-privacy-policy/rsc'
import { EvidenceLogPanel as EvidenceLogPanel_9230238df69f63b1dcc06e0d3e334817 } from 'payload-privacy-policy/rsc'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "payload-privacy-policy/rsc#PolicyReleaseBanner": PolicyReleaseBanner_9230238df69f63b1dcc06e0d3e334817,
  "payload-privacy-policy/rsc#PolicyReleaseCell": PolicyReleaseCell_9230238df69f63b1dcc06e0d3e334817,
  "payload-privacy-policy/rsc#TranslationReviewedDescription": TranslationReviewedDescription_9230238df69f63b1dcc06e0d3e334817,
  "payload-privacy-policy/rsc#TranslationStatusField": TranslationStatusField_9230238df69f63b1dcc06e0d3e334817,
  "payload-privacy-policy/rsc#TranslationStatusCell": TranslationStatusCell_9230238df69f63b1dcc06e0d3e334817,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "payload-privacy-policy/rsc#SectionRowLabel": SectionRowLabel_9230238df69f63b1dcc06e0d3e334817,
  "payload-privacy-policy/rsc#ChangesSincePublished": ChangesSincePublished_9230238df69f63b1dcc06e0d3e334817,
  "payload-privacy-policy/rsc#ReviewRequestStatus": ReviewRequestStatus_9230238df69f63b1dcc06e0d3e334817,
  "payload-privacy-policy/rsc#ReviewRequestCell": ReviewRequestCell_9230238df69f63b1dcc06e0d3e334817,
  "payload-privacy-policy/rsc#PendingReviewLinks": PendingReviewLinks_9230238df69f63b1dcc06e0d3e334817,
  "payload-privacy-policy/rsc#PublishNotice": PublishNotice_9230238df69f63b1dcc06e0d3e334817,
  "payload-privacy-policy/rsc#ChangesView": ChangesView_9230238df69f63b1dcc06e0d3e334817,
  "payload-privacy-policy/rsc#CompareView": CompareView_9230238df69f63b1dcc06e0d3e334817,
  "payload-privacy-policy/rsc#VersionStateCell": VersionStateCell_9230238df69f63b1dcc06e0d3e334817,
  "payload-privacy-policy/rsc#VersionLedgerSummary": VersionLedgerSummary_9230238df69f63b1dcc06e0d3e334817,
  "payload-privacy-policy/rsc#VersionListCompareLinks": VersionListCompareLinks_9230238df69f63b1dcc06e0d3e334817,
  "payload-privacy-policy/rsc#VersionView": VersionView_9230238df69f63b1dcc06e0d3e334817,
  "payload-privacy-policy/rsc#AcceptanceEvidenceLinks": AcceptanceEvidenceLinks_9230238df69f63b1dcc06e0d3e334817,
  "payload-privacy-policy/rsc#PendingReviewsCard": PendingReviewsCard_9230238df69f63b1dcc06e0d3e334817,
  "payload-privacy-policy/rsc#AcceptanceDashboard": AcceptanceDashboard_9230238df69f63b1dcc06e0d3e334817,
  "payload-privacy-policy/rsc#EvidenceLogPanel": EvidenceLogPanel_9230238df69f63b1dcc06e0d3e334817,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}

import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { MoneyCell as MoneyCell_b6727c40d5b81895df4212c52fed84ce } from '@masterclass/plugin-ticketing/client'
import { MoneyInput as MoneyInput_b6727c40d5b81895df4212c52fed84ce } from '@masterclass/plugin-ticketing/client'
import { CancelEventAction as CancelEventAction_b6727c40d5b81895df4212c52fed84ce } from '@masterclass/plugin-ticketing/client'
import { IssueCertificatesAction as IssueCertificatesAction_c5375e5d4dbdf664e0adbf773f9c88fd } from '@masterclass/plugin-ticketing/rsc'
import { BookingOverview as BookingOverview_c5375e5d4dbdf664e0adbf773f9c88fd } from '@masterclass/plugin-ticketing/rsc'
import { StatusCell as StatusCell_b6727c40d5b81895df4212c52fed84ce } from '@masterclass/plugin-ticketing/client'
import { BuyerCell as BuyerCell_b6727c40d5b81895df4212c52fed84ce } from '@masterclass/plugin-ticketing/client'
import { ReadOnlyDateTime as ReadOnlyDateTime_b6727c40d5b81895df4212c52fed84ce } from '@masterclass/plugin-ticketing/client'
import { BookingActivity as BookingActivity_c5375e5d4dbdf664e0adbf773f9c88fd } from '@masterclass/plugin-ticketing/rsc'
import { ExportCsvButton as ExportCsvButton_b6727c40d5b81895df4212c52fed84ce } from '@masterclass/plugin-ticketing/client'
import { PrivacyTools as PrivacyTools_c5375e5d4dbdf664e0adbf773f9c88fd } from '@masterclass/plugin-ticketing/rsc'
import { BookingFilters as BookingFilters_c5375e5d4dbdf664e0adbf773f9c88fd } from '@masterclass/plugin-ticketing/rsc'
import { LedgerStatusCell as LedgerStatusCell_b6727c40d5b81895df4212c52fed84ce } from '@masterclass/plugin-ticketing/client'
import { ExportInvoicesButton as ExportInvoicesButton_b6727c40d5b81895df4212c52fed84ce } from '@masterclass/plugin-ticketing/client'
import { OfferNowAction as OfferNowAction_b6727c40d5b81895df4212c52fed84ce } from '@masterclass/plugin-ticketing/client'
import { CheckInNavLink as CheckInNavLink_c5375e5d4dbdf664e0adbf773f9c88fd } from '@masterclass/plugin-ticketing/rsc'
import { TicketingDashboard as TicketingDashboard_c5375e5d4dbdf664e0adbf773f9c88fd } from '@masterclass/plugin-ticketing/rsc'
import { PromoCodeUses as PromoCodeUses_c5375e5d4dbdf664e0adbf773f9c88fd } from '@masterclass/plugin-ticketing/rsc'
import { WaitlistCounts as WaitlistCounts_c5375e5d4dbdf664e0adbf773f9c88fd } from '@masterclass/plugin-ticketing/rsc'
import { DatePickerLanguage as DatePickerLanguage_b6727c40d5b81895df4212c52fed84ce } from '@masterclass/plugin-ticketing/client'
import { CheckInView as CheckInView_c5375e5d4dbdf664e0adbf773f9c88fd } from '@masterclass/plugin-ticketing/rsc'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@masterclass/plugin-ticketing/client#MoneyCell": MoneyCell_b6727c40d5b81895df4212c52fed84ce,
  "@masterclass/plugin-ticketing/client#MoneyInput": MoneyInput_b6727c40d5b81895df4212c52fed84ce,
  "@masterclass/plugin-ticketing/client#CancelEventAction": CancelEventAction_b6727c40d5b81895df4212c52fed84ce,
  "@masterclass/plugin-ticketing/rsc#IssueCertificatesAction": IssueCertificatesAction_c5375e5d4dbdf664e0adbf773f9c88fd,
  "@masterclass/plugin-ticketing/rsc#BookingOverview": BookingOverview_c5375e5d4dbdf664e0adbf773f9c88fd,
  "@masterclass/plugin-ticketing/client#StatusCell": StatusCell_b6727c40d5b81895df4212c52fed84ce,
  "@masterclass/plugin-ticketing/client#BuyerCell": BuyerCell_b6727c40d5b81895df4212c52fed84ce,
  "@masterclass/plugin-ticketing/client#ReadOnlyDateTime": ReadOnlyDateTime_b6727c40d5b81895df4212c52fed84ce,
  "@masterclass/plugin-ticketing/rsc#BookingActivity": BookingActivity_c5375e5d4dbdf664e0adbf773f9c88fd,
  "@masterclass/plugin-ticketing/client#ExportCsvButton": ExportCsvButton_b6727c40d5b81895df4212c52fed84ce,
  "@masterclass/plugin-ticketing/rsc#PrivacyTools": PrivacyTools_c5375e5d4dbdf664e0adbf773f9c88fd,
  "@masterclass/plugin-ticketing/rsc#BookingFilters": BookingFilters_c5375e5d4dbdf664e0adbf773f9c88fd,
  "@masterclass/plugin-ticketing/client#LedgerStatusCell": LedgerStatusCell_b6727c40d5b81895df4212c52fed84ce,
  "@masterclass/plugin-ticketing/client#ExportInvoicesButton": ExportInvoicesButton_b6727c40d5b81895df4212c52fed84ce,
  "@masterclass/plugin-ticketing/client#OfferNowAction": OfferNowAction_b6727c40d5b81895df4212c52fed84ce,
  "@masterclass/plugin-ticketing/rsc#CheckInNavLink": CheckInNavLink_c5375e5d4dbdf664e0adbf773f9c88fd,
  "@masterclass/plugin-ticketing/rsc#TicketingDashboard": TicketingDashboard_c5375e5d4dbdf664e0adbf773f9c88fd,
  "@masterclass/plugin-ticketing/rsc#PromoCodeUses": PromoCodeUses_c5375e5d4dbdf664e0adbf773f9c88fd,
  "@masterclass/plugin-ticketing/rsc#WaitlistCounts": WaitlistCounts_c5375e5d4dbdf664e0adbf773f9c88fd,
  "@masterclass/plugin-ticketing/client#DatePickerLanguage": DatePickerLanguage_b6727c40d5b81895df4212c52fed84ce,
  "@masterclass/plugin-ticketing/rsc#CheckInView": CheckInView_c5375e5d4dbdf664e0adbf773f9c88fd,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}

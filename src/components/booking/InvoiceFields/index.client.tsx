'use client'

import { useTranslations } from 'next-intl'

import styles from '../booking.module.css'
import { fieldId } from '../fieldId'
import { TextField } from '../TextField'
import type { InvoiceFormValues } from '../validateBookingForm'

type Props = {
  errorFor: (path: string) => null | string
  onChange: (invoice: InvoiceFormValues) => void
  value: InvoiceFormValues
}

/**
 * "Invoice to my employer / organisation": when ticked, who the invoice is made out to — the
 * company, its billing address, VAT and registration numbers and the purchase order a training
 * fund asks for. The server checks each field (VAT numbers by their check digits).
 */
export const InvoiceFields = ({ errorFor, onChange, value }: Props) => {
  const t = useTranslations('booking.invoice')
  const set = (next: Partial<InvoiceFormValues>) => onChange({ ...value, ...next })
  const address = (next: Partial<InvoiceFormValues['address']>) => set({ address: { ...value.address, ...next } })
  const id = fieldId('invoice.enabled')
  return (
    <fieldset className={styles.fieldset}>
      <legend>{t('legend')}</legend>
      <div className={styles.checkRow}>
        <input checked={value.enabled} id={id} onChange={(event) => set({ enabled: event.target.checked })} type="checkbox" />
        <label htmlFor={id}>{t('toOrganisation')}</label>
      </div>
      {value.enabled ? (
        <div className={styles.stack}>
          <p className={styles.hint}>{t('hint')}</p>
          <TextField autoComplete="organization" error={errorFor('invoice.company')} label={t('company')} maxLength={200} onValue={(company) => set({ company })} path="invoice.company" value={value.company} />
          <TextField autoComplete="address-line1" error={errorFor('invoice.address.line1')} label={t('line1')} maxLength={200} onValue={(line1) => address({ line1 })} path="invoice.address.line1" value={value.address.line1} />
          <TextField autoComplete="address-line2" error={errorFor('invoice.address.line2')} label={t('line2')} maxLength={200} onValue={(line2) => address({ line2 })} optionalLabel={t('optional')} path="invoice.address.line2" value={value.address.line2} />
          <TextField autoComplete="postal-code" error={errorFor('invoice.address.postalCode')} label={t('postalCode')} maxLength={20} onValue={(postalCode) => address({ postalCode })} path="invoice.address.postalCode" value={value.address.postalCode} />
          <TextField autoComplete="address-level2" error={errorFor('invoice.address.city')} label={t('city')} maxLength={100} onValue={(city) => address({ city })} path="invoice.address.city" value={value.address.city} />
          <TextField autoComplete="country" error={errorFor('invoice.address.country')} hint={t('countryHint')} label={t('country')} maxLength={2} onValue={(country) => address({ country: country.toUpperCase() })} path="invoice.address.country" value={value.address.country} />
          <TextField error={errorFor('invoice.vatNumber')} hint={t('vatHint')} label={t('vatNumber')} maxLength={30} onValue={(vatNumber) => set({ vatNumber })} optionalLabel={t('optional')} path="invoice.vatNumber" value={value.vatNumber} />
          <TextField error={errorFor('invoice.registrationNumber')} hint={t('registrationHint')} label={t('registrationNumber')} maxLength={40} onValue={(registrationNumber) => set({ registrationNumber })} optionalLabel={t('optional')} path="invoice.registrationNumber" value={value.registrationNumber} />
          <TextField error={errorFor('invoice.purchaseOrder')} hint={t('purchaseOrderHint')} label={t('purchaseOrder')} maxLength={60} onValue={(purchaseOrder) => set({ purchaseOrder })} optionalLabel={t('optional')} path="invoice.purchaseOrder" value={value.purchaseOrder} />
        </div>
      ) : null}
    </fieldset>
  )
}

import type { FrozenCertificate } from '../types'

/** What a certificate says, in one language; the values come formatted in that language. */
export type CertificateLabels = {
  attendee: string
  body: (facts: { attendee: string; city: string; dates: string; hours: string; title: string }) => string
  dates: string
  duration: string
  hours: (hours: number) => string
  issued: (city: string, date: string) => string
  lang: string
  number: string
  place: string
  provider: string
  title: string
  training: string
  verify: string
  verifyCode: (code: string) => string
}

const fr: CertificateLabels = {
  attendee: 'Participant',
  body: ({ attendee, city, dates, hours, title }) => `${attendee} a suivi la formation « ${title} » à ${city} (${dates}), d’une durée de ${hours}.`,
  dates: 'Dates',
  duration: 'Durée',
  hours: (hours) => `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(hours)} ${hours >= 2 ? 'heures' : 'heure'}`,
  issued: (city, date) => `Fait à ${city}, le ${date}`,
  lang: 'fr-FR',
  number: 'N°',
  place: 'Lieu',
  provider: 'Organisme de formation',
  title: 'Attestation de présence',
  training: 'Formation',
  verify: 'Vérifiez cette attestation en ligne :',
  verifyCode: (code) => `Code de vérification : ${code}`,
}

const en: CertificateLabels = {
  attendee: 'Attendee',
  body: ({ attendee, city, dates, hours, title }) => `${attendee} attended the training “${title}” in ${city} (${dates}), lasting ${hours}.`,
  dates: 'Dates',
  duration: 'Duration',
  hours: (hours) => `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(hours)} ${hours === 1 ? 'hour' : 'hours'}`,
  issued: (city, date) => `Issued in ${city} on ${date}`,
  lang: 'en-GB',
  number: 'No.',
  place: 'Place',
  provider: 'Training provider',
  title: 'Certificate of attendance',
  training: 'Training',
  verify: 'Check this certificate online:',
  verifyCode: (code) => `Verification code: ${code}`,
}

export const certificateLabels = (language: FrozenCertificate['language']): CertificateLabels => (language === 'en' ? en : fr)

import { richText } from './richText'

type Venue = { city: string; venueName: string }

/** An event's page text, in French and English. */
export const eventDescription = {
  en: ({ city, venueName }: Venue) =>
    richText([
      `Two days of hands-on training in Acceptance and Commitment Therapy with Russ Harris, in ${city} (${venueName}). Welcome half an hour before the start; lunch break on your own.`,
      { h2: 'Programme' },
      {
        ul: [
          'Day 1 — psychological flexibility, defusion, acceptance and contact with the present moment; live demonstrations.',
          'Day 2 — values, committed action, self-as-context and case conceptualisation; role plays in pairs.',
        ],
      },
      'Included: the training manual, exercise sheets for your sessions and a 14-hour certificate of attendance.',
    ]),
  fr: ({ city, venueName }: Venue) =>
    richText([
      `Deux journées de formation pratique à la thérapie d’acceptation et d’engagement avec Russ Harris, à ${city} (${venueName}). Accueil une demi-heure avant le début ; déjeuner libre.`,
      { h2: 'Programme' },
      {
        ul: [
          'Jour 1 — flexibilité psychologique, défusion, acceptation et contact avec le moment présent ; démonstrations en direct.',
          'Jour 2 — valeurs, action engagée, soi observateur et conceptualisation de cas ; jeux de rôle en binômes.',
        ],
      },
      'Inclus : le manuel de formation, des fiches d’exercices pour vos séances et une attestation de participation de 14 heures.',
    ]),
}

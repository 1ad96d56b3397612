/** The home page of the tour, section by section, in French and English. */
export const homePage = {
  en: {
    layout: [
      {
        blockType: 'hero',
        ctaLabel: 'See the dates and book',
        ctaLink: '#dates',
        eyebrow: '2027 tour · Paris · Lyon · Montreal',
        facts: [
          { label: 'of hands-on training', value: '2 days' },
          { label: 'Paris · Lyon · Montreal', value: '3 cities' },
          { label: 'of guided practice', value: '14 h' },
          { label: 'small practice groups', value: '≤ 120' },
        ],
        heading: 'ACT Masterclass with Russ Harris',
        subheading: 'Two intensive days to master Acceptance and Commitment Therapy with one of its most renowned trainers: live demonstrations, exercises and role plays you can use with your clients next week.',
      },
      {
        blockType: 'features',
        heading: 'Two days from theory to practice',
        intro: 'Designed for psychologists, psychiatrists, doctors, psychotherapists and social workers, this masterclass teaches you to use ACT with your clients straight away, whatever your experience of the approach.',
        items: [
          { text: 'Acceptance, defusion, present moment, self-as-context, values and committed action: understand the hexaflex and know where to intervene.', title: 'The six processes of psychological flexibility' },
          { text: 'Concrete techniques to help clients step back from difficult thoughts and feelings, and make room for them.', title: 'Defusion and acceptance in session' },
          { text: 'Help each client find what truly matters and build committed action, one step at a time.', title: 'From values to committed action' },
          { text: 'A simple grid to analyse a clinical situation and choose the right intervention at the right time.', title: 'Case conceptualisation' },
          { text: 'Russ Harris demonstrates each exercise live; you practise in pairs, with personal feedback.', title: 'Demonstrations and role plays' },
          { text: 'Training manual, exercise sheets to use in session, and a 14-hour certificate of attendance.', title: 'Materials and certificate' },
        ],
      },
      { blockType: 'speaker', heading: 'The speaker' },
      { blockType: 'eventList', heading: '2027 tour dates', intro: 'Choose your city. Seats are limited to keep practice groups small; the early-bird price applies until the date shown.' },
      { blockType: 'faqList', heading: 'Frequently asked questions' },
      {
        blockType: 'cta',
        buttonLabel: 'Choose my date',
        heading: 'Book your seat today',
        link: '#dates',
        text: 'Early-bird price for the first bookings, group discount for teams. Secure payment, instant confirmation by email.',
      },
    ],
    meta: { description: 'A two-day masterclass in Acceptance and Commitment Therapy with Russ Harris, touring Paris, Lyon and Montreal in 2027. Programme, dates, prices and booking.' },
    title: 'Home',
  },
  fr: {
    layout: [
      {
        blockType: 'hero',
        ctaLabel: 'Voir les dates et réserver',
        ctaLink: '#dates',
        eyebrow: 'Tournée 2027 · Paris · Lyon · Montréal',
        facts: [
          { label: 'de formation intensive', value: '2 jours' },
          { label: 'Paris · Lyon · Montréal', value: '3 villes' },
          { label: 'de pratique guidée', value: '14 h' },
          { label: 'groupes à taille humaine', value: '≤ 120' },
        ],
        heading: 'Masterclass ACT avec Russ Harris',
        subheading: 'Deux jours intensifs pour maîtriser la thérapie d’acceptation et d’engagement auprès de l’un de ses formateurs les plus reconnus : démonstrations en direct, exercices et jeux de rôle à utiliser dès la semaine suivante.',
      },
      {
        blockType: 'features',
        heading: 'Deux jours pour passer de la théorie à la pratique',
        intro: 'Pensée pour les psychologues, psychiatres, médecins, psychothérapeutes et travailleurs sociaux, cette masterclass vous apprend à utiliser l’ACT avec vos patients dès maintenant, quelle que soit votre expérience de l’approche.',
        items: [
          { text: 'Acceptation, défusion, moment présent, soi observateur, valeurs et action engagée : comprendre l’hexaflex et savoir où intervenir.', title: 'Les six processus de la flexibilité psychologique' },
          { text: 'Des techniques concrètes pour aider vos patients à prendre du recul face aux pensées et émotions difficiles, et à leur faire de la place.', title: 'Défusion et acceptation en séance' },
          { text: 'Aider chacun à identifier ce qui compte vraiment et à construire des actions engagées, pas à pas.', title: 'Des valeurs à l’action engagée' },
          { text: 'Une grille simple pour analyser une situation clinique et choisir la bonne intervention au bon moment.', title: 'Conceptualisation de cas' },
          { text: 'Russ Harris montre chaque exercice en direct ; vous les pratiquez en binômes, avec des retours personnalisés.', title: 'Démonstrations et jeux de rôle' },
          { text: 'Manuel de formation, fiches d’exercices à utiliser en consultation et attestation de participation de 14 heures.', title: 'Supports et attestation' },
        ],
      },
      { blockType: 'speaker', heading: 'L’intervenant' },
      { blockType: 'eventList', heading: 'Dates de la tournée 2027', intro: 'Choisissez votre ville. Les places sont limitées pour garder des groupes de pratique à taille humaine ; le tarif early bird s’applique jusqu’à la date indiquée.' },
      { blockType: 'faqList', heading: 'Questions fréquentes' },
      {
        blockType: 'cta',
        buttonLabel: 'Choisir ma date',
        heading: 'Réservez votre place dès aujourd’hui',
        link: '#dates',
        text: 'Tarif early bird pour les premières inscriptions, remise de groupe pour les équipes. Paiement sécurisé, confirmation immédiate par e-mail.',
      },
    ],
    meta: { description: 'Masterclass de deux jours en thérapie d’acceptation et d’engagement avec Russ Harris, en tournée à Paris, Lyon et Montréal en 2027. Programme, dates, tarifs et réservation.' },
    title: 'Accueil',
  },
}

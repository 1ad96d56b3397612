/** The FAQ of the tour, in French and English, in display order. */
export const faqEntries = [
  {
    answer: {
      en: 'Mental-health and care professionals: psychologists, psychiatrists, doctors, psychotherapists, nurses, social workers and coaches. No prior knowledge of ACT is needed.',
      fr: 'Aux professionnels de la santé mentale et de l’accompagnement : psychologues, psychiatres, médecins, psychothérapeutes, infirmiers, travailleurs sociaux et coachs. Aucune connaissance préalable de l’ACT n’est requise.',
    },
    question: { en: 'Who is the masterclass for?', fr: 'À qui s’adresse la masterclass ?' },
  },
  {
    answer: {
      en: 'Russ Harris teaches in English. In Paris and Lyon, specialist interpreters provide simultaneous French translation; the materials are given in French and English.',
      fr: 'Russ Harris intervient en anglais. À Paris et à Lyon, des interprètes spécialisés assurent la traduction simultanée en français ; les supports sont fournis en français et en anglais.',
    },
    question: { en: 'What language is it taught in?', fr: 'La formation est-elle en français ?' },
  },
  {
    answer: {
      en: 'Book several seats together and the group discount applies automatically to the total, outside the early-bird period. The minimum and the percentage are shown on each date’s page.',
      fr: 'Réservez plusieurs places ensemble : la remise de groupe s’applique automatiquement au total, hors période early bird. Le minimum et le pourcentage sont indiqués sur la page de chaque date.',
    },
    question: { en: 'Is there a group price?', fr: 'Y a-t-il un tarif de groupe ?' },
  },
  {
    answer: {
      en: 'Your seats are held for 15 minutes while you pay. After that they go back on sale.',
      fr: 'Vos places sont réservées 15 minutes pendant le paiement. Passé ce délai, elles sont remises en vente.',
    },
    question: { en: 'How long are my seats held?', fr: 'Combien de temps mes places sont-elles bloquées ?' },
  },
  {
    answer: {
      en: 'Yes. The invoice comes with your booking confirmation and can be made out to your employer.',
      fr: 'Oui. La facture est envoyée avec la confirmation de réservation et peut être établie au nom de votre établissement.',
    },
    question: { en: 'Can I get an invoice for my employer?', fr: 'Puis-je obtenir une facture pour mon employeur ?' },
  },
  {
    answer: {
      en: 'Write to us and you can pass your ticket on to a colleague. If an event is cancelled, everyone who booked is refunded in full.',
      fr: 'Écrivez-nous : vous pouvez transmettre votre billet à un collègue. Si un événement est annulé, chaque participant est remboursé intégralement.',
    },
    question: { en: 'What if I can no longer come?', fr: 'Et si je ne peux plus venir ?' },
  },
]

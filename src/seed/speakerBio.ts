import { richText } from './richText'

/** Russ Harris's role and biography, in French and English. */
export const speakerBio = {
  en: {
    bio: richText([
      'Russ Harris is a medical doctor, psychotherapist and one of the world’s most widely known trainers in Acceptance and Commitment Therapy. He has trained tens of thousands of health professionals across the world.',
      'He wrote the international best-seller The Happiness Trap, translated into more than thirty languages, and ACT Made Simple, the reference textbook for clinicians. He is known for making ACT simple, lively and immediately usable.',
    ]),
    role: 'Medical doctor and world-renowned ACT trainer',
  },
  fr: {
    bio: richText([
      'Russ Harris est médecin, psychothérapeute et l’un des formateurs en thérapie d’acceptation et d’engagement les plus reconnus au monde. Il a formé des dizaines de milliers de professionnels de santé à travers le monde.',
      'Auteur du best-seller international Le piège du bonheur, traduit dans plus de trente langues, et du manuel de référence ACT Made Simple, il est réputé pour rendre l’ACT simple, vivante et immédiatement applicable.',
    ]),
    role: 'Médecin, formateur ACT de renommée internationale',
  },
}

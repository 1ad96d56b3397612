import { RichText } from '@payloadcms/richtext-lexical/react'

import type { Media, Speaker } from '@/payload-types'

import type { PageBlock } from '../blockTypes'
import styles from './styles.module.css'

const initials = (name: string) => name.split(/\s+/).map((part) => part[0]).join('').slice(0, 2)

/** The speaker: photo (or monogram), name, role and biography. */
export function SpeakerSection({ block, fallbackTitle }: { block: PageBlock<'speaker'>; fallbackTitle: string }) {
  const speaker = typeof block.speaker === 'object' ? (block.speaker as Speaker) : null
  if (!speaker) return null
  const photo = typeof speaker.photo === 'object' ? (speaker.photo as Media | null) : null
  return (
    <section aria-labelledby="speaker-title" className="section section--alt" id="speaker">
      <div className={`container ${styles.layout}`}>
        <div className={styles.portrait}>
          {photo?.url ? (
            <img alt={photo.alt} height={photo.height ?? 480} loading="lazy" src={photo.url} width={photo.width ?? 480} />
          ) : (
            <span aria-hidden="true" className={styles.monogram}>{initials(speaker.name)}</span>
          )}
        </div>
        <div>
          <p className="eyebrow">{block.heading || fallbackTitle}</p>
          <h2 id="speaker-title">{speaker.name}</h2>
          {speaker.role ? <p className={styles.role}>{speaker.role}</p> : null}
          {speaker.bio ? (
            <div className="prose">
              <RichText data={speaker.bio as never} disableContainer />
            </div>
          ) : null}
        </div>
      </div>
    </section>
  )
}

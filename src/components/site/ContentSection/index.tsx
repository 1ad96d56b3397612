import { RichText } from '@payloadcms/richtext-lexical/react'

import type { PageBlock } from '../blockTypes'

export function ContentSection({ block }: { block: PageBlock<'content'> }) {
  return (
    <section className="section">
      <div className="container prose">
        {block.heading ? <h2>{block.heading}</h2> : null}
        {block.body ? <RichText data={block.body as never} disableContainer /> : null}
      </div>
    </section>
  )
}

import type { Page } from '@/payload-types'

/** One section type of a page's layout, e.g. `PageBlock<'hero'>`. */
export type PageBlock<T extends string> = Extract<NonNullable<Page['layout']>[number], { blockType: T }>

import type { ReactNode } from 'react'

import './styles.css'

export const metadata = {
  description: 'Masterclass ACT avec Russ Harris — tournée, dates et billets.',
  title: 'Masterclass ACT',
}

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return children
}

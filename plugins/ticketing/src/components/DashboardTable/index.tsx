import type { ReactNode } from 'react'

export const tableCell = { borderBottom: '1px solid var(--theme-elevation-100)', padding: '8px 12px', textAlign: 'left' } as const
export const numberCell = { ...tableCell, fontVariantNumeric: 'tabular-nums', textAlign: 'right' } as const

export type DashboardColumn = {
  label: string
  /** Figures: aligned right, digits of equal width. */
  numeric?: boolean
  /** A `data-testid` on each of the column's cells. */
  testId?: string
}

export type DashboardRow = { cells: ReactNode[]; key: number | string }

type Props = { columns: DashboardColumn[]; empty: string; id: string; rows: DashboardRow[]; title: string }

/**
 * One section of the ticketing dashboard: a heading (the section's accessible name), then its
 * table, or a sentence when there is nothing to show. Every section looks and reads the same.
 */
export const DashboardTable = ({ columns, empty, id, rows, title }: Props) => (
  <section aria-labelledby={id} style={{ marginBottom: 32 }}>
    <h2 id={id} style={{ marginBottom: 12 }}>
      {title}
    </h2>
    {rows.length === 0 ? (
      <p>{empty}</p>
    ) : (
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.label} style={column.numeric ? numberCell : tableCell}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((content, index) => (
                <td data-testid={columns[index]?.testId} key={index} style={columns[index]?.numeric ? numberCell : tableCell}>
                  {content}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    )}
  </section>
)

export { MoneyInput } from '../components/MoneyInput/index.client'
export { BookingActions } from '../components/BookingActions/index.client'
export { MoneyCell } from '../components/MoneyCell/index.client'
export { ExportCsvButton } from '../components/ExportCsvButton/index.client'

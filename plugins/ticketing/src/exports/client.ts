export { MoneyInput } from '../components/MoneyInput/index.client'

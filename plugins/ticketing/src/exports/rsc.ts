export { TicketingDashboard } from '../components/TicketingDashboard'

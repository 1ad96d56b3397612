export { TicketingDashboard } from '../components/TicketingDashboard'
export { BookingActivity } from '../components/BookingActivity'
export { PrivacyTools } from '../components/PrivacyTools'
export { PromoCodeUses } from '../components/PromoCodeUses'

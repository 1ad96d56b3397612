/** The owner the dev admin logs in as (`admin.autoLogin`); created by the seed. */
export const devUser = {
  email: 'dev@ticketing.local',
  password: 'test',
  position: 'owner' as const,
}

import { describe, expect, it } from 'vitest'

import { sanitizeConfig } from '../sanitizeConfig'
import type { StaffRolesOf } from '../types'
import { hasRole } from './hasRole'
import { rolesFromField } from './rolesFromField'

const byPosition: StaffRolesOf = (user) => ({ accountant: ['finance'], owner: ['admin'], 'ticket-desk': ['editor'] } as const)[user.position as 'owner'] ?? []
const as = (user: null | Record<string, unknown>) => ({ req: { user: user && { id: 1, ...user } } as never })

describe('staff roles', () => {
  it('reads an array of role names by default, renamed through `roles`', () => {
    const rolesOf = rolesFromField('groups', { admin: 'boss', checkin: 'door', editor: 'editor', finance: 'money' })
    expect(rolesOf({ groups: ['money', 'visitor'], id: 1 })).toEqual(['finance'])
    expect(rolesOf({ groups: 'boss', id: 1 })).toEqual([])
    expect(rolesOf({ id: 1 })).toEqual([])
  })

  it('keeps today\'s default: `roles` on the user', async () => {
    const { access } = sanitizeConfig()
    expect(await access.canManageSales(as({ roles: ['finance'] }))).toBe(true)
    expect(await access.canManageSales(as({ roles: ['editor'] }))).toBe(false)
    expect(await access.isStaff(as(null))).toBe(false)
  })

  it('asks the host\'s staffRoles mapping for every default access rule', async () => {
    const { access } = sanitizeConfig({ staffRoles: byPosition })
    const accountant = as({ position: 'accountant', roles: ['admin'] })
    expect(await access.canManageSales(accountant)).toBe(true)
    expect(await access.isAdmin(accountant)).toBe(false)
    expect(await access.isAdmin(as({ position: 'owner' }))).toBe(true)
    expect(await access.canManageEvents(as({ position: 'ticket-desk' }))).toBe(true)
    expect(await access.canManageSales(as({ position: 'ticket-desk' }))).toBe(false)
    for (const check of Object.values(access)) expect(await check(as({ position: 'intern' }))).toBe(false)
  })

  it('never calls the mapping without a signed-in user', () => {
    expect(hasRole({ user: null }, () => { throw new Error('called') }, ['admin'])).toBe(false)
  })

  it('refuses a staffRoles that is not a function, or given with rolesField / roles', () => {
    expect(() => sanitizeConfig({ staffRoles: 'position' as never })).toThrow(/staffRoles/)
    expect(() => sanitizeConfig({ rolesField: 'groups', staffRoles: byPosition })).toThrow(/staffRoles/)
  })
})

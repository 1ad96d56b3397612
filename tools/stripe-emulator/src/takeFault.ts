import type { EmulatorConfig, FaultSettings } from './types.js'

/**
 * The fault to inject for this `/v1` path, if any, consuming one from `faults.count`
 * (the faults are cleared once the count is used up). `pathPrefix` may be `/v1/refunds` or `refunds`.
 */
export function takeFault(config: EmulatorConfig, path: string): FaultSettings | null {
  const faults = config.faults
  if (!faults) return null
  const prefix = !faults.pathPrefix ? '/v1/' : faults.pathPrefix.startsWith('/') ? faults.pathPrefix : `/v1/${faults.pathPrefix}`
  if (!path.startsWith(prefix)) return null
  if (faults.count !== undefined) {
    if (faults.count <= 0) {
      config.faults = null
      return null
    }
    faults.count -= 1
    if (faults.count === 0) config.faults = null
  }
  return { ...faults }
}

const SUPPORTED = new Set(
  (
    'usd aed afn all amd ang aoa ars aud awg azn bam bbd bdt bgn bhd bif bmd bnd bob brl bsd bwp byn bzd cad cdf ' +
    'chf clp cny cop crc cve czk djf dkk dop dzd egp etb eur fjd fkp gbp gel gip gmd gnf gtq gyd hkd hnl htg huf ' +
    'idr ils inr isk jmd jod jpy kes kgs khr kmf krw kwd kyd kzt lak lbp lkr lrd lsl mad mdl mga mkd mmk mnt mop ' +
    'mur mvr mwk mxn myr mzn nad ngn nio nok npr nzd omr pab pen pgk php pkr pln pyg qar ron rsd rub rwf sar sbd ' +
    'scr sek sgd shp sle sos srd std szl thb tjs tnd top try ttd twd tzs uah ugx uyu uzs vnd vuv wst xaf xcd xof ' +
    'xpf yer zar zmw'
  ).split(' '),
)
const ZERO_DECIMAL = new Set('bif clp djf gnf jpy kmf krw mga pyg rwf ugx vnd vuv xaf xof xpf'.split(' '))
const THREE_DECIMAL = new Set('bhd jod kwd omr tnd'.split(' '))
const SYMBOLS: Record<string, string> = { usd: '$', eur: '€', gbp: '£', jpy: '¥', aud: 'A$', cad: 'CA$', chf: 'CHF ' }
/** Stripe's minimum charge amounts in the smallest currency unit (others default to 50). */
const MINIMUMS: Record<string, number> = {
  usd: 50, eur: 50, gbp: 30, aud: 50, cad: 50, chf: 50, dkk: 250, nok: 300, sek: 300, jpy: 50, mxn: 1000,
  nzd: 50, pln: 200, czk: 1500, huf: 17500, hkd: 400, sgd: 50, ron: 200, bgn: 100, inr: 50, brl: 50, aed: 200,
  thb: 1000, myr: 200,
}

function decimals(currency: string): number {
  if (ZERO_DECIMAL.has(currency)) return 0
  return THREE_DECIMAL.has(currency) ? 3 : 2
}

/** Currency facts needed to validate amounts and word error messages like Stripe. */
export const currencies = {
  isSupported: (currency: string): boolean => SUPPORTED.has(currency),
  supportedList: (): string => [...SUPPORTED].join(', '),
  minimumAmount: (currency: string): number => MINIMUMS[currency] ?? 50,
  maximumAmount: (): number => 99_999_999,
  /** `1500, 'eur'` → `€15.00`; unknown symbols fall back to `15.00 XYZ`. */
  format(amount: number, currency: string): string {
    const places = decimals(currency)
    const major = (amount / 10 ** places).toLocaleString('en-US', {
      minimumFractionDigits: places,
      maximumFractionDigits: places,
    })
    const symbol = SYMBOLS[currency]
    return symbol ? `${symbol}${major}` : `${major} ${currency.toUpperCase()}`
  },
}

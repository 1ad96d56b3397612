// The ALTCHA widget's French strings register themselves on import and export nothing.
declare module 'altcha/i18n/fr-fr'

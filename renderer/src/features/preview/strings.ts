import { defineStrings } from '../../i18n';

export const previewStrings = defineStrings({
  nl: {
    title: 'Voorbeeld als kiosk',
    intro: 'Zo ziet een werker de gepubliceerde informatie op een kiosk: samengevoegd uit alle organisaties, in de gekozen taal.',
    location: 'Locatie',
    language: 'Taal',
    coverage: '{translated} van {total} vertaald',
    noLocations: 'Er zijn nog geen locaties om te bekijken.',
    loadFailed: 'Het voorbeeld kon niet worden geladen: {message}',
    items: '{n} items',
    orientation: 'Stand van het scherm',
    portrait: 'Staand',
    landscape: 'Liggend',
    kioskFrame: 'Voorbeeld van het kioskscherm',
  },
  en: {
    title: 'Kiosk preview',
    intro: 'This is how a worker sees the published information on a kiosk: merged from every organisation, in the chosen language.',
    location: 'Location',
    language: 'Language',
    coverage: '{translated} of {total} translated',
    noLocations: 'There are no locations to preview yet.',
    loadFailed: 'The preview could not be loaded: {message}',
    items: '{n} items',
    orientation: 'Screen orientation',
    portrait: 'Portrait',
    landscape: 'Landscape',
    kioskFrame: 'Preview of the kiosk screen',
  },
});

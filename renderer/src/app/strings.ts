import { defineStrings } from '../i18n';

export const shellStrings = defineStrings({
  nl: {
    appName: 'Wegwijs beheer',
    navDashboard: 'Overzicht',
    navContent: 'Inhoud',
    navConflicts: 'Conflicten',
    navLocations: 'Locaties',
    navKiosks: "Kiosken",
    navUsers: 'Gebruikers',
    navPreview: 'Voorbeeld kiosk',
    signOut: 'Afmelden',
    language: 'Taal',
    notFound: 'Deze pagina bestaat niet.',
  },
  en: {
    appName: 'Wegwijs console',
    navDashboard: 'Dashboard',
    navContent: 'Content',
    navConflicts: 'Conflicts',
    navLocations: 'Locations',
    navKiosks: 'Kiosks',
    navUsers: 'Users',
    navPreview: 'Kiosk preview',
    signOut: 'Sign out',
    language: 'Language',
    notFound: 'This page does not exist.',
  },
});

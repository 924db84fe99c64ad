import { defineStrings } from '../../i18n';

export const signInStrings = defineStrings({
  nl: {
    appName: 'Wegwijs beheer',
    title: 'Aanmelden',
    intro: 'Meld je aan met het account van je organisatie om informatie te schrijven, te vertalen en te publiceren.',
    hubUrl: 'Adres van de hub',
    hubUrlHelp: 'De server van Wegwijs waarmee deze computer synchroniseert.',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    submit: 'Aanmelden',
    busy: 'Bezig met aanmelden…',
    failed: 'Aanmelden is niet gelukt.',
    language: 'Taal van het scherm',
  },
  en: {
    appName: 'Wegwijs console',
    title: 'Sign in',
    intro: "Sign in with your organisation's account to write, translate and publish information.",
    hubUrl: 'Hub address',
    hubUrlHelp: 'The Wegwijs server this computer synchronises with.',
    email: 'E-mail address',
    password: 'Password',
    submit: 'Sign in',
    busy: 'Signing in…',
    failed: 'Signing in did not work.',
    language: 'Screen language',
  },
});

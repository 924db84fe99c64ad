import { userStrings } from './strings';

/** The hub's rules about users, said in Dutch when the console is in Dutch. */
export const USER_ERRORS_DUTCH: Record<string, string> = {
  [userStrings.en.lastAdmin]: userStrings.nl.lastAdmin,
  [userStrings.en.notYourself]: userStrings.nl.notYourself,
  [userStrings.en.emailTaken]: userStrings.nl.emailTaken,
};

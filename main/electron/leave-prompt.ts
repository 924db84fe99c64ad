/**
 * What the console window asks when it is closed with unsaved edits (the page's beforeunload
 * said so). Electron shows no dialog of its own: without one, closing is refused silently.
 * The edits stay in the desktop core's drafts either way; the words follow the system language.
 */
export interface LeavePrompt {
  message: string;
  detail: string;
  /** Index 0 closes the window, index 1 keeps it open. */
  buttons: [string, string];
}

export function leavePrompt(locale: string): LeavePrompt {
  if (locale.toLowerCase().startsWith('nl')) {
    return {
      message: 'Er zijn wijzigingen die nog niet zijn opgeslagen.',
      detail: 'Sluit u toch, dan blijven ze bewaard als concept en ziet u ze terug bij het volgende openen.',
      buttons: ['Toch sluiten', 'Verder bewerken'],
    };
  }
  return {
    message: 'Some changes have not been saved yet.',
    detail: 'If you close anyway, they are kept as a draft and come back the next time you open the item.',
    buttons: ['Close anyway', 'Keep editing'],
  };
}

/** True when the person chose to close: the window may unload despite beforeunload. */
export function closesAnyway(choice: number): boolean {
  return choice === 0;
}

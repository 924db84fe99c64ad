import { describe, expect, it } from 'vitest';
import { closesAnyway, leavePrompt } from './leave-prompt';

describe('closing the console with unsaved edits', () => {
  it('asks in Dutch on a Dutch system and in English elsewhere', () => {
    expect(leavePrompt('nl-NL').buttons).toEqual(['Toch sluiten', 'Verder bewerken']);
    expect(leavePrompt('nl').message).toContain('niet zijn opgeslagen');
    expect(leavePrompt('pl-PL').buttons).toEqual(['Close anyway', 'Keep editing']);
  });

  it('closes only on the first button; dismissing the dialog keeps editing', () => {
    expect(closesAnyway(0)).toBe(true);
    expect(closesAnyway(1)).toBe(false);
    expect(closesAnyway(-1)).toBe(false);
  });
});

/** The facilitator's keys and clicker: what each press means where the focus is. */
import { describe, expect, it } from 'vitest';
import { commandFor, focusKind, type KeyContext } from '../../src/app/keyboard';

const press = (key: string, mods: { ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean } = {}) => ({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods });
const inGame: KeyContext = { focus: 'other', screen: 'game', dialog: false, blanked: false };

describe('keyboard shortcuts', () => {
  it('moves to the next phase on Page Down and the arrows a clicker sends, and back on Page Up', () => {
    for (const key of ['PageDown', 'ArrowRight', 'ArrowDown']) expect(commandFor(press(key), inGame)).toBe('next');
    for (const key of ['PageUp', 'ArrowLeft', 'ArrowUp']) expect(commandFor(press(key), inGame)).toBe('previous');
  });

  it('blanks with B or the full stop, pauses with P, undoes with Ctrl+Z or Cmd+Z, and opens help with ? or H', () => {
    expect(commandFor(press('b'), inGame)).toBe('blank');
    expect(commandFor(press('B'), inGame)).toBe('blank');
    expect(commandFor(press('.'), inGame)).toBe('blank');
    expect(commandFor(press('p'), inGame)).toBe('pause');
    expect(commandFor(press('z', { ctrlKey: true }), inGame)).toBe('undo');
    expect(commandFor(press('Z', { metaKey: true }), inGame)).toBe('undo');
    expect(commandFor(press('?'), inGame)).toBe('help');
    expect(commandFor(press('h'), inGame)).toBe('help');
    expect(commandFor(press('f'), inGame)).toBe('fullscreen');
    expect(commandFor(press('m'), inGame)).toBe('tools');
  });

  it('leaves typing in a field alone, except Escape closing a dialog', () => {
    const typing = { ...inGame, focus: 'typing' as const };
    for (const key of ['PageDown', 'ArrowUp', 'b', 'p', '?', 'f']) expect(commandFor(press(key), typing)).toBeUndefined();
    expect(commandFor(press('z', { ctrlKey: true }), typing)).toBeUndefined();
    expect(commandFor(press('Escape'), { ...typing, dialog: true })).toBe('close');
  });

  it('lets arrows move a focused radio or tab, while Page Down still moves the game on', () => {
    const choosing = { ...inGame, focus: 'choosing' as const };
    expect(commandFor(press('ArrowDown'), choosing)).toBeUndefined();
    expect(commandFor(press('ArrowLeft'), choosing)).toBeUndefined();
    expect(commandFor(press('PageDown'), choosing)).toBe('next');
  });

  it("lets letters and arrows pick a dropdown's options, while a clicker's Page Down and Page Up still move the game", () => {
    const selecting = { ...inGame, focus: 'selecting' as const };
    for (const key of ['ArrowDown', 'ArrowUp', 'p', 'i', 'b', 'Home']) expect(commandFor(press(key), selecting)).toBeUndefined();
    expect(commandFor(press('PageDown'), selecting)).toBe('next');
    expect(commandFor(press('PageUp'), selecting)).toBe('previous');
    expect(commandFor(press('PageDown', { ctrlKey: true }), selecting)).toBeUndefined();
    expect(commandFor(press('PageDown'), { ...selecting, dialog: true })).toBeUndefined();
    expect(commandFor(press('PageDown'), { ...selecting, screen: 'setup' })).toBeUndefined();
  });

  it('ends the blank screen with any key but a lone modifier', () => {
    const blank = { ...inGame, blanked: true };
    expect(commandFor(press('x'), blank)).toBe('blank');
    expect(commandFor(press('PageDown'), blank)).toBe('blank');
    expect(commandFor(press('Shift'), blank)).toBeUndefined();
  });

  it('keeps the game where it is behind a dialog and on the setup screen, where only help, blank and fullscreen work', () => {
    const dialog = { ...inGame, dialog: true };
    expect(commandFor(press('PageDown'), dialog)).toBeUndefined();
    expect(commandFor(press('p'), dialog)).toBeUndefined();
    expect(commandFor(press('z', { ctrlKey: true }), dialog)).toBeUndefined();
    expect(commandFor(press('?'), dialog)).toBe('help');
    const setup = { ...inGame, screen: 'setup' as const };
    expect(commandFor(press('PageDown'), setup)).toBeUndefined();
    expect(commandFor(press('b'), setup)).toBe('blank');
    expect(commandFor(press('Escape'), setup)).toBeUndefined();
  });

  it('ignores browser shortcuts with Ctrl, Alt or Cmd', () => {
    expect(commandFor(press('p', { ctrlKey: true }), inGame)).toBeUndefined();
    expect(commandFor(press('z', { altKey: true, ctrlKey: true }), inGame)).toBeUndefined();
    expect(commandFor(press('ArrowRight', { altKey: true }), inGame)).toBeUndefined();
  });
});

describe('what has the focus', () => {
  it('counts text and number fields, text areas and editable text as typing, and a dropdown as selecting', () => {
    expect(focusKind({ tagName: 'INPUT', type: 'number' })).toBe('typing');
    expect(focusKind({ tagName: 'input', type: 'text' })).toBe('typing');
    expect(focusKind({ tagName: 'SELECT' })).toBe('selecting');
    expect(focusKind({ tagName: 'TEXTAREA' })).toBe('typing');
    expect(focusKind({ tagName: 'DIV', isContentEditable: true })).toBe('typing');
    expect(focusKind({ tagName: 'DIV', role: 'combobox' })).toBe('typing');
  });

  it('counts radios, sliders and tabs as choosing, and buttons and checkboxes as neither', () => {
    expect(focusKind({ tagName: 'INPUT', type: 'radio' })).toBe('choosing');
    expect(focusKind({ tagName: 'INPUT', type: 'range' })).toBe('choosing');
    expect(focusKind({ tagName: 'BUTTON', role: 'tab' })).toBe('choosing');
    expect(focusKind({ tagName: 'BUTTON' })).toBe('other');
    expect(focusKind({ tagName: 'INPUT', type: 'checkbox' })).toBe('other');
    expect(focusKind(null)).toBe('other');
  });
});

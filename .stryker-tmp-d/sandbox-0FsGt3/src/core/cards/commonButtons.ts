/** Buttons that appear on many cards. */
// @ts-nocheck

import type { CardButton } from './cardView';

export const talkToHumanButton: CardButton = { label: 'Talk to a human', data: { cpk: 'handoff' } };
export const startOverButton: CardButton = { label: 'Start over', data: { cpk: 'restart' } };
export const helpButton: CardButton = { label: 'What can you do?', data: { cpk: 'help' } };

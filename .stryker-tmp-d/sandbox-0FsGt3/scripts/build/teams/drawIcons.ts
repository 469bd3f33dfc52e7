/**
 * Draws the Teams app icons (a key, the bot's subject) into deploymentTemplates/teams/: `color.png` 192x192 on
 * the brand colour, and `outline.png` 32x32 white on transparent, as Teams requires. Run once with
 * `node dist/scripts/build/teams/drawIcons.js`; the PNGs are committed.
 */
// @ts-nocheck

import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../../src/paths';
import { encodePng } from './png';

const BRAND = [0x0f, 0x6c, 0xbd, 255] as const;
const WHITE = [255, 255, 255, 255] as const;
const CLEAR = [255, 255, 255, 0] as const;

/** True when (u, v), in a 0-1 square, is on the key shape: a ring, a shaft and two teeth. */
function onKey(u: number, v: number): boolean {
  const ring = Math.hypot(u - 0.3, v - 0.5);
  if (ring <= 0.17 && ring >= 0.09) {
    return true;
  }
  const onShaft = u >= 0.45 && u <= 0.86 && Math.abs(v - 0.5) <= 0.045;
  const onTooth = (u >= 0.7 && u <= 0.76 && v >= 0.5 && v <= 0.66) || (u >= 0.8 && u <= 0.86 && v >= 0.5 && v <= 0.62);
  return onShaft || onTooth;
}

/** Rounded square mask for the colour icon. */
function inRoundedSquare(u: number, v: number, radius: number): boolean {
  const dx = Math.max(radius - u, 0, u - (1 - radius));
  const dy = Math.max(radius - v, 0, v - (1 - radius));
  return Math.hypot(dx, dy) <= radius;
}

export function drawColorIcon(): Buffer {
  const size = 192;
  return encodePng(size, size, (x, y) => {
    const u = (x + 0.5) / size;
    const v = (y + 0.5) / size;
    if (!inRoundedSquare(u, v, 0.18)) {
      return CLEAR;
    }
    return onKey(u, v) ? WHITE : BRAND;
  });
}

export function drawOutlineIcon(): Buffer {
  const size = 32;
  return encodePng(size, size, (x, y) => (onKey((x + 0.5) / size, (y + 0.5) / size) ? WHITE : CLEAR));
}

if (require.main === module) {
  const dir = path.join(projectRoot, 'deploymentTemplates', 'teams');
  fs.writeFileSync(path.join(dir, 'color.png'), drawColorIcon());
  fs.writeFileSync(path.join(dir, 'outline.png'), drawOutlineIcon());
  process.stdout.write(`Icons written to ${dir}\n`);
}

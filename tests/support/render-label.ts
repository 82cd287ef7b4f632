/**
 * Child process for the font test: rasterises one line of text with whatever fonts the
 * FONTCONFIG_FILE in its environment lists, and prints the PNG as base64.
 *   node tests/support/render-label.ts "<text>"
 */
import { svgToPng } from '../../src/charts/node/raster.ts';

const text = process.argv[2] ?? '';
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="360" height="60"><rect width="360" height="60" fill="#fff"/><text x="10" y="42" font-family="'Noto Sans', 'Noto Sans SC', sans-serif" font-size="32" fill="#000">${text}</text></svg>`;
const png = await svgToPng(svg, 1);
process.stdout.write(Buffer.from(png).toString('base64'));

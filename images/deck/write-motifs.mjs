// Called by update-motifs.sh: node write-motifs.mjs PACKAGE_DIR OUT_DIR
// One motif per drive, named by the drive's key; see motifs below for the emoji chosen.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [packageDir, outDir] = process.argv.slice(2);
const set = JSON.parse(readFileSync(join(packageDir, 'icons.json'), 'utf8'));
const info = JSON.parse(readFileSync(join(packageDir, 'info.json'), 'utf8'));
const version = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;

// Drive key → Fluent Emoji name, in catalogue order. Qt SVG ignores filters (the soft blurs of
// highlights), so each was compared as Qt draws it with rsvg-convert (tst_deckmotifs does it on
// every test run): a teddy bear stands in for heart hands, a telescope for the compass and
// lipstick for the kiss mark, whose highlights came out hard. Change one here and run again.
const motifs = [
    ['idealism', 'globe-showing-europe-africa'],
    ['loyalty', 'dog'],
    ['connection', 'people-hugging'],
    ['caring', 'teddy-bear'],
    ['order', 'card-index-dividers'],
    ['security', 'shield'],
    ['relaxation', 'beach-with-umbrella'],
    ['play', 'party-popper'],
    ['independence', 'eagle'],
    ['creativity', 'unicorn'],
    ['uniqueness', 'peacock'],
    ['curiosity', 'telescope'],
    ['talent', 'person-juggling'],
    ['achievement', 'rocket'],
    ['winning', 'trophy'],
    ['pride', 'lion'],
    ['recognition', 'clapping-hands'],
    ['prestige', 'crown'],
    ['possession', 'gem-stone'],
    ['leadership', 'megaphone'],
    ['fitness', 'person-running'],
    ['health', 'red-apple'],
    ['beauty', 'rose'],
    ['sensuality', 'lipstick'],
];

const lines = [];
for (const [key, name] of motifs) {
    const icon = set.icons[name];
    if (!icon)
        throw new Error(`${name} is not in @iconify-json/fluent-emoji ${version}`);
    const width = icon.width ?? set.width ?? 16;
    const height = icon.height ?? set.height ?? 16;
    const left = icon.left ?? 0;
    const top = icon.top ?? 0;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
        `viewBox="${left} ${top} ${width} ${height}">${icon.body}</svg>\n`;
    writeFileSync(join(outDir, `${key}.svg`), svg);
    lines.push(`${key}.svg: "${name}"`);
}

// The licence of microsoft/fluentui-emoji, as published with the emoji.
writeFileSync(join(outDir, 'LICENSE-FluentEmoji.txt'),
    `MIT License

    Copyright (c) Microsoft Corporation.

    Permission is hereby granted, free of charge, to any person obtaining a copy
    of this software and associated documentation files (the "Software"), to deal
    in the Software without restriction, including without limitation the rights
    to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
    copies of the Software, and to permit persons to whom the Software is
    furnished to do so, subject to the following conditions:

    The above copyright notice and this permission notice shall be included in all
    copies or substantial portions of the Software.

    THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
    IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
    FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
    AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
    LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
    OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
    SOFTWARE.
`.replace(/^    /gm, ''));

writeFileSync(join(outDir, 'ATTRIBUTION.txt'),
    `The default deck's motifs are Fluent Emoji (colour style) by ${info.author.name},\n` +
    `${info.author.url}, under the ${info.license.title} licence (LICENSE-FluentEmoji.txt),\n` +
    `taken from the npm package @iconify-json/fluent-emoji ${version} by update-motifs.sh.\n\n` +
    lines.join('\n') + '\n');

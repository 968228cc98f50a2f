// Adds or updates one English UI string: node scripts/i18n-add.mjs <key> "<message>" ["<description>"]
// Read-modify-write in one step, keys kept sorted, so that several people can add strings safely.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

const [key, message, description = ''] = process.argv.slice(2);
if (!key || !/^[A-Za-z][A-Za-z0-9_]*$/.test(key) || message === undefined) {
  console.error('usage: node scripts/i18n-add.mjs <key> "<message>" ["<description>"]');
  process.exit(2);
}
const file = new URL('../public/_locales/en/messages.json', import.meta.url);
const messages = JSON.parse(readFileSync(file, 'utf8'));
messages[key] = description ? { message, description } : { message };
const sorted = Object.fromEntries(
  Object.keys(messages)
    .sort()
    .map((k) => [k, messages[k]]),
);
const tmp = new URL(`../public/_locales/en/.messages.${process.pid}.tmp`, import.meta.url);
writeFileSync(tmp, `${JSON.stringify(sorted, null, 2)}\n`);
renameSync(tmp, file);

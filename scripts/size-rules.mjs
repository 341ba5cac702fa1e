// The rules of the size check (scripts/size.mjs), apart from building: brotli bytes, the budgets,
// the ratchet against the recorded figures, and how CHANGELOG.md explains a growth.
//
// The ratchet: a bundle may grow at most `ratchet` (2 %) over its figure in scripts/size-record.json.
// A larger growth passes only when the "## Unreleased" section of CHANGELOG.md has a list item
//
//   - Size: <key> <new size> B[, <key> <new size> B …]: <why it grew>
//
// that names the bundle's key with its new size: not below the measured size and at most
// `ratchet` above it (the figure is the new size, not a blank cheque), followed by the reason.
// `npm run size -- --record` then writes the new figures; it refuses while a check fails.
import { brotliCompressSync, constants } from 'node:zlib';

/** Bytes of `bytes` compressed with brotli at quality 11 (the budgets' measure). */
export function brotliSize(bytes) {
  return brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
}

/** The text of the "## Unreleased" section of a changelog ("## [Unreleased]" too), or ''. */
export function unreleased(changelog) {
  const lines = changelog.split(/\r?\n/);
  const start = lines.findIndex(line => /^##\s+\[?unreleased\]?\s*$/i.test(line));
  if (start < 0) return '';
  const end = lines.findIndex((line, i) => i > start && /^##\s/.test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** Parses `1,234` or `1234` as 1234; null for anything else. */
const bytesOf = text => (/^\d{1,3}(,\d{3})+$|^\d+$/.test(text) ? Number(text.replaceAll(',', '')) : null);

/**
 * The size notes of a changelog's Unreleased section: every list item that starts with "Size:",
 * with its wrapped continuation lines. Each note: { text, sizes: Map(key → bytes), why }, or
 * { text, error } when it does not follow the form.
 */
export function sizeNotes(changelog) {
  const items = [];
  for (const line of unreleased(changelog).split('\n')) {
    if (/^[-*]\s/.test(line)) items.push(line.replace(/^[-*]\s+/, ''));
    else if (/^\s+\S/.test(line) && items.length) items[items.length - 1] += ' ' + line.trim();
    else items.push(null);
  }
  const notes = [];
  for (const item of items) {
    if (!item || !/^size:/i.test(item)) continue;
    const text = `- ${item}`;
    const form = item.match(/^size:\s+(.+?):\s+(.*\w.*)$/i);
    const pairs = form?.[1].split(/\s*,\s*(?=[A-Za-z])/).map(pair => pair.match(/^([\w.-]+)\s+([\d,]+)\s*B$/));
    if (!form || !pairs.every(Boolean)) {
      notes.push({ text, error: 'not of the form "- Size: <key> <bytes> B[, <key> <bytes> B]: <why>"' });
      continue;
    }
    const sizes = new Map();
    for (const [, key, figure] of pairs) sizes.set(key, bytesOf(figure));
    if ([...sizes.values()].includes(null)) {
      notes.push({ text, error: 'a size is not a whole number of bytes (1234 or 1,234)' });
      continue;
    }
    notes.push({ text, sizes, why: form[2].trim() });
  }
  return notes;
}

const fmt = bytes => bytes.toLocaleString('en-US');

/**
 * Judges measured bundles. `bundles`: [{ key, name, budget, goal? }] (a goal is only reported); `measured`: Map(key → bytes);
 * `record`: { key: bytes }; `notes`: sizeNotes(changelog); `ratchet`: allowed growth (0.02).
 * Returns one verdict per bundle:
 * { key, name, bytes, budget, overBudget, recorded, allowed, ratchet, note?, gain? } where
 * ratchet is 'ok' (within the allowance), 'explained' (a note names the new size), 'grew' (a
 * failure), or 'unrecorded' (no figure yet: a failure).
 */
export function judge({ bundles, measured, record, notes, ratchet }) {
  return bundles.map(({ key, name, budget, goal }) => {
    const bytes = measured.get(key);
    const recorded = record[key];
    const verdict = { key, name, bytes, budget, overBudget: bytes > budget, recorded, goal };
    if (!Number.isInteger(recorded)) return { ...verdict, ratchet: 'unrecorded' };
    const allowed = Math.floor(recorded * (1 + ratchet));
    if (bytes <= allowed) return { ...verdict, allowed, ratchet: 'ok', gain: recorded - bytes };
    const note = notes.find(
      n => n.sizes?.has(key) && bytes <= n.sizes.get(key) && n.sizes.get(key) <= bytes * (1 + ratchet),
    );
    if (note) return { ...verdict, allowed, ratchet: 'explained', note };
    const stale = notes.find(n => n.sizes?.has(key));
    return { ...verdict, allowed, ratchet: 'grew', stale };
  });
}

/** Whether a verdict fails the check. */
export const fails = v => v.overBudget || v.ratchet == 'grew' || v.ratchet == 'unrecorded';

/** The changelog line that would explain every growth among `verdicts`. */
export function suggestedNote(verdicts) {
  const grew = verdicts.filter(v => v.ratchet == 'grew');
  return grew.length ? `- Size: ${grew.map(v => `${v.key} ${fmt(v.bytes)} B`).join(', ')}: <why it grew>` : null;
}

/** What to tell the developer about one verdict: lines of text (empty when nothing to say). */
export function advice(v, { recordFile, changelogFile, ratchet }) {
  const pct = `${(ratchet * 100).toFixed(0)} %`;
  const lines = [];
  if (v.overBudget) {
    lines.push(
      `over the budget of ${fmt(v.budget)} B by ${fmt(v.bytes - v.budget)} B: no changelog line lifts a budget;`,
      'make the bundle smaller (the shares above show where the bytes go).',
    );
  }
  if (v.goal && v.bytes > v.goal) {
    lines.push(
      `the goal of ${fmt(v.goal)} B is missed by ${fmt(v.bytes - v.goal)} B (a goal is reported, not enforced).`,
    );
  }
  if (v.ratchet == 'unrecorded') {
    lines.push(`no recorded figure for "${v.key}" in ${recordFile}: run \`npm run size -- --record\` and commit it.`);
  } else if (v.ratchet == 'grew') {
    const growth = (((v.bytes - v.recorded) / v.recorded) * 100).toFixed(1);
    lines.push(
      `grew ${growth} % over the recorded ${fmt(v.recorded)} B (${recordFile}); the ratchet allows ${pct}, up to ${fmt(v.allowed)} B.`,
    );
    if (v.stale) lines.push(`${changelogFile} has "${v.stale.text}", but not the size measured now.`);
    lines.push(
      `If the growth is meant, say why in ${changelogFile}, in the "## Unreleased" section, with a list item`,
      `  - Size: ${v.key} ${fmt(v.bytes)} B: <why it grew>`,
      `(the new size, not below what is measured and at most ${pct} above it; several bundles go in one`,
      'item, separated by commas), then run `npm run size -- --record` and commit both files.',
      'If it is not meant, the shares above show where the bytes go.',
    );
  } else if (v.ratchet == 'explained') {
    lines.push(`grew over the recorded ${fmt(v.recorded)} B, explained in ${changelogFile}: "${v.note.text}".`);
    lines.push('Run `npm run size -- --record` to record the new figure.');
  } else if (v.gain > 0) {
    lines.push(
      `${fmt(v.gain)} B under the recorded ${fmt(v.recorded)} B: \`npm run size -- --record\` locks the gain in.`,
    );
  }
  return lines;
}

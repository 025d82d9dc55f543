import type { BoilerplateRule, Evidence, FurnitureFeature, RemovalReason, Removed } from '../clean';
import type { Translator } from './messages';

/** The messages (public/_locales/<lang>/messages.json keys) that say what was removed and why. */
export type RemovalMessageKey =
  | 'removedSummary'
  | 'evidenceExact'
  | 'evidenceNear'
  | 'evidenceTeaser'
  | 'evidenceRun'
  | 'evidenceLabel'
  | 'evidenceReadAlso'
  | 'evidenceOffTopic'
  | 'evidenceMetadataTitle'
  | 'evidenceMetadataByline'
  | 'evidenceBoilerplate'
  | 'evidenceFurniture'
  | `boilerplate_${BoilerplateRule}`
  | FurnitureFeatureKey;

/** A furniture feature's message key: "in-nav" → "furnitureFeature_in_nav" (message keys allow no "-"). */
type Underscored<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${Underscored<B>}` : S;
export type FurnitureFeatureKey = `furnitureFeature_${Underscored<FurnitureFeature>}`;

export function furnitureFeatureKey(feature: FurnitureFeature): FurnitureFeatureKey {
  return `furnitureFeature_${feature.replace(/-/g, '_')}` as FurnitureFeatureKey;
}
export type RemovalPluralKey = 'removedDuplicates' | 'removedRelated' | 'removedBoilerplate';

/**
 * The popup passes its i18n, the CLI and the benchmark the English messages (utils/view/english.ts),
 * so all three say the same thing.
 */
export type RemovalTranslator = Translator<RemovalMessageKey, RemovalPluralKey>;

/** How much of the text a removal repeats is quoted. */
const EVIDENCE_QUOTE_CHARS = 60;

/** The summary's parts, in the order they are listed. */
const SUMMARY_PARTS: readonly (readonly [RemovalReason, RemovalPluralKey])[] = [
  ['duplicate', 'removedDuplicates'],
  ['related', 'removedRelated'],
  ['boilerplate', 'removedBoilerplate'],
];

/** "Removed: 6 repeated paragraphs · 6 unrelated items · 2 site notices", or null when nothing was removed. */
export function removalSummary(removed: readonly Removed[], translate: RemovalTranslator): string | null {
  const parts = SUMMARY_PARTS.map(([reason, key]) => [key, removed.filter((r) => r.reason === reason).length] as const)
    .filter(([, count]) => count > 0)
    .map(([key, count]) => translate.plural(key, count));
  return parts.length ? translate.message('removedSummary', parts.join(' · ')) : null;
}

/** Why a block was removed, in words, from its evidence. */
export function evidenceMessage(evidence: Evidence, translate: RemovalTranslator): string {
  const say = translate.message;
  const quote = (text: string) => clip(text, EVIDENCE_QUOTE_CHARS);
  switch (evidence.kind) {
    case 'exact':
      return say('evidenceExact', quote(evidence.ofText));
    case 'near':
      return say('evidenceNear', [quote(evidence.ofText), percent(evidence.similarity)]);
    case 'teaser':
      return say('evidenceTeaser', quote(evidence.ofText));
    case 'run':
      return say('evidenceRun', quote(evidence.ofText));
    case 'label':
      return say('evidenceLabel', evidence.label);
    case 'read-also':
      return say('evidenceReadAlso', evidence.label);
    case 'off-topic':
      return say('evidenceOffTopic', percent(evidence.similarity));
    case 'metadata':
      return say(
        evidence.field === 'title' ? 'evidenceMetadataTitle' : 'evidenceMetadataByline',
        quote(evidence.value),
      );
    case 'boilerplate':
      return say('evidenceBoilerplate', say(`boilerplate_${evidence.rule}`));
    case 'furniture':
      return say('evidenceFurniture', evidence.features.map((f) => say(furnitureFeatureKey(f))).join(', '));
  }
}

/** `text` on one line, at most `max` characters, cut with an ellipsis. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

function percent(similarity: number): string {
  return String(Math.round(similarity * 100));
}

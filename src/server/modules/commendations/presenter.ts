import { COMMENDATION_CATEGORY_LABELS, COMMENDATION_NOMINEE_KIND, type CommendationCategory } from '../../../core/commendations';
import type { Actor } from '../../lib/context';
import { commendationAbilities } from './policy';
import type { CommendationRow } from './queries';

export function presentCommendation(actor: Actor, c: CommendationRow) {
  const { searchVector: _sv, ...rest } = c;
  return {
    ...rest,
    categoryLabel: COMMENDATION_CATEGORY_LABELS[c.category as CommendationCategory] ?? c.category,
    nomineeKind: COMMENDATION_NOMINEE_KIND[c.category as CommendationCategory] ?? 'unit',
    abilities: commendationAbilities(actor, c),
  };
}

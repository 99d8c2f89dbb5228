import { categoriesRepository } from './categories.repository.js';

/** What other features may read of the taxonomy: one category, all of them, a category with those below it. */
export const categoryRecords: Pick<typeof categoriesRepository, 'findById' | 'list' | 'subtreeIds'> = categoriesRepository;

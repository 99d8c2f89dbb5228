import { CategoriesManager } from '../features/categories/components/CategoriesManager';

export function CategoriesPage() {
  return <CategoriesManager />;
}

// What the first screen (the signed-in frame and the work list) draws with: no antd here, nor anything that imports
// it (eslint.config.js keeps it so). Pages drawn with antd take these through web/src/ui as well.
import './plain.css';

export { Antd, AntdRoutes, Loading } from './antd';
export { CheckList } from './CheckList';
export { Choice } from './Choice';
export { Dialog } from './Dialog';
export { useHiddenColumns } from './columns';
export { ListTable, type ListColumn } from './ListTable';
export { PageHeader, PageHeaderSlot, PAGE_HEADER_HEIGHT, SkipLink, usePageTitle } from './PageHeader';
export { Tag, type TagColour } from './Tag';

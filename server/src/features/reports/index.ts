// What other features may use of reports: the blocks of a Word report (GB/T 9704 look), so every report reads alike.
export { body, caption, heading1, heading2, signature, table, titleBlock } from './reports.blocks.js';

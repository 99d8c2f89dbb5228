/** The workflow's groups of statuses (docs/WORKFLOW.md); its names are in @xinfang/domain. */

/** States in which the handling body works on the matter. */
export const HANDLING_STATUSES = ['accepted', 'handling', 'extended'];
/** States in which nothing is pending any more. */
export const CLOSED_STATUSES = ['concluded', 'final', 'declined'];

// What other features may use of regions: the lookup of administrative divisions.
export { regionsService } from './regions.service.js';

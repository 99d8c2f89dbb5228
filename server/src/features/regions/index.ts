// What other features may use of regions: the lookup of administrative divisions and the input of a known code.
export { regionsService } from './regions.service.js';
export { optionalRegionCodeFormat, optionalRegionCodeInput, regionCodeInput } from './regions.schema.js';

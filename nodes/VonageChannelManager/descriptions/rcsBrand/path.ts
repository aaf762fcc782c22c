import type { PathParameter } from '../common';

/** The `{brand_id}` of a brand's path, from the Brand field. */
export const BRAND_ID_PATH: PathParameter = { parameter: 'brandId', label: 'Brand', example: '78d335fa-323d-0114-9c3d-d6f0d48968cf' };

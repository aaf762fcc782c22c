import type { ILoadOptionsFunctions, INodeListSearchResult, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

// To be built: the RCS resources of the Channel Manager API (seed 002).
export const rcsResources: INodePropertyOptions[] = [];
export const rcsProperties: INodeProperties[] = [];
export const rcsListSearch: Record<string, (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) => Promise<INodeListSearchResult>> = {};

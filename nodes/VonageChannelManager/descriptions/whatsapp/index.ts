import type { ILoadOptionsFunctions, INodeListSearchResult, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

// To be built: the WhatsApp resources of the Channel Manager API (seed 002).
export const whatsappResources: INodePropertyOptions[] = [];
export const whatsappProperties: INodeProperties[] = [];
export const whatsappListSearch: Record<string, (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) => Promise<INodeListSearchResult>> = {};

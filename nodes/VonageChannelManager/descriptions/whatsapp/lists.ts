import { cursorPaging, pageTotalsPaging, type PagedList } from '../../../shared/pagination';
import { WHATSAPP_PATH } from './common';

/** Records per page for WABAs and numbers: the page size of the API reference's examples. */
const PAGE_SIZE = 50;

export const WABAS_PATH = `${WHATSAPP_PATH}/wabas`;

export const WABA_LIST: PagedList = { style: pageTotalsPaging({ pageSize: PAGE_SIZE }), recordsPath: '_embedded.wabas' };

/**
 * The API reference names the numbers array `_embedded.wabas`; reading the first array under
 * `_embedded` also accepts a corrected name.
 */
export const NUMBER_LIST: PagedList = { style: pageTotalsPaging({ pageSize: PAGE_SIZE }), recordsPath: '_embedded' };

/** Template analytics name their page by a `cursor` query parameter (see its `_links.self`). */
export const TEMPLATE_ANALYTICS_LIST: PagedList = {
	style: cursorPaging({ cursorParameter: 'cursor' }),
	recordsPath: '_embedded.template_analytics',
};

export const MESSAGING_ANALYTICS_LIST: PagedList = { style: cursorPaging(), recordsPath: '_embedded.messaging_analytics' };

export const PRICING_ANALYTICS_LIST: PagedList = { style: cursorPaging(), recordsPath: '_embedded.pricing_analytics' };

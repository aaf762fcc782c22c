import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { assignOrDelete } from '../../../../../shared/objects';
import { optionalText, requireUrl } from '../../../../../shared/validation';
import { type MediaKind, mediaUrlLabel } from '../channelRules';

/** Checks shared by the channels' body checks. */

/**
 * Cleans a body object that holds only optional settings (e.g. `sms`, a reply `context`) on a copy,
 * and removes it when nothing is left of it, so an options collection left empty sends nothing.
 */
export function cleanOptionalSettings(body: IDataObject, key: string, clean: (settings: IDataObject) => void): void {
	if (!body[key] || typeof body[key] !== 'object') return;
	const settings: IDataObject = { ...(body[key] as IDataObject) };
	clean(settings);
	body[key] = settings;
	if (Object.keys(settings).length === 0) delete body[key];
}

/** Checks the `<kind>.url` (and optional caption) of a media message and returns the body with them cleaned. */
export function checkMedia(
	context: IExecuteSingleFunctions,
	body: IDataObject,
	kind: MediaKind,
	captionMaxLength?: number,
): IDataObject {
	const media: IDataObject = { ...((body[kind] as IDataObject | undefined) ?? {}) };
	media.url = requireUrl(context, mediaUrlLabel(kind), media.url);
	assignOrDelete(media, 'caption', optionalText(context, 'Caption', media.caption, captionMaxLength));
	return { ...body, [kind]: media };
}

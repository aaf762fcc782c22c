import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { compact, isObject } from '../../../../../shared/objects';
import { checkMaxLength, normalizePhoneNumber, optionalText, refuse, requireId, requireInteger, requireOneOf, requireText, requireUrl } from '../../../../../shared/validation';
import { checkViberTemplate } from './viberTemplate';
import { VIBER, VIBER_ACTION_TEXT_LIMIT, VIBER_CATEGORIES, VIBER_DURATION_MAX_SECONDS, VIBER_FILE_NAME_LIMIT, VIBER_FILE_SIZE_MAX_MB, VIBER_TEXT_LIMIT, VIBER_THUMBNAIL_URL_LIMIT, VIBER_TTL_MAX, VIBER_TTL_MIN, VIBER_TYPES, mediaUrlLabel } from '../channelRules';

/** Viber Business Messages on Messages API v1 (spec: OutboundViber*, channelOptionsViber*). */

/** The action button, from the form ({ button: { text, url } }) or from JSON ({ text, url }); undefined when none. */
function actionButton(context: IExecuteSingleFunctions, value: unknown): IDataObject | undefined {
	if (value === undefined || value === null) return undefined;
	if (!isObject(value)) {
		throw refuse(context, 'Action Button', value, 'is not an object', 'Give the button as {"text": "View Offer", "url": "https://example.com/offer"}.');
	}
	const button = 'button' in value ? (value.button as IDataObject | undefined) : Object.keys(value).length ? value : undefined;
	if (!button) return undefined;
	return {
		url: requireUrl(context, 'Action Button: URL', button.url),
		text: requireText(context, 'Action Button: Text', button.text, VIBER_ACTION_TEXT_LIMIT),
	};
}

function checkViberService(context: IExecuteSingleFunctions, service: IDataObject, type: string): IDataObject {
	const checked: IDataObject = { ...service };
	if (service.category !== undefined) checked.category = requireOneOf(context, 'Category', service.category, VIBER_CATEGORIES);
	if (service.ttl !== undefined) checked.ttl = requireInteger(context, 'Time to Live (Seconds)', service.ttl, VIBER_TTL_MIN, VIBER_TTL_MAX);
	checked.type = optionalText(context, 'Viber Type', service.type)?.trim();
	if (type === 'video') {
		// The spec types both as strings of whole numbers.
		checked.duration = String(requireInteger(context, 'Video Duration (Seconds)', service.duration, 1, VIBER_DURATION_MAX_SECONDS));
		checked.file_size = String(requireInteger(context, 'Video File Size (MB)', service.file_size, 1, VIBER_FILE_SIZE_MAX_MB));
	}
	return compact(checked);
}

/** Checks and normalizes a Viber v1 body before it is sent; refusals name the field. */
export function checkViberBody(context: IExecuteSingleFunctions, body: IDataObject): IDataObject {
	const type = requireOneOf(context, 'Message Type', body.message_type, VIBER_TYPES);
	const checked: IDataObject = {
		...body,
		to: normalizePhoneNumber(context, 'To', body.to),
		from: requireId(context, 'From', body.from, 'Enter your Viber Service Message ID (the sender ID Vonage set up for you), e.g. 12345.'),
	};
	const service: IDataObject = { ...((body[VIBER] as IDataObject | undefined) ?? {}) };
	// Viber keeps its time to live inside viber_service; a message-level TTL from the common options goes there.
	if (checked.ttl !== undefined) {
		service.ttl ??= checked.ttl;
		delete checked.ttl;
	}
	const part = (key: string) => (body[key] as IDataObject | undefined) ?? {};
	switch (type) {
		case 'text':
			checked.text = requireText(context, 'Text', body.text, VIBER_TEXT_LIMIT);
			break;
		case 'image':
			checked.image = compact({ url: requireUrl(context, mediaUrlLabel('image'), part('image').url), caption: optionalText(context, 'Caption', part('image').caption) });
			break;
		case 'video': {
			const thumbnail = requireUrl(context, 'Thumbnail URL', part('video').thumb_url);
			checkMaxLength(context, 'Thumbnail URL', thumbnail, VIBER_THUMBNAIL_URL_LIMIT);
			checked.video = compact({
				url: requireUrl(context, mediaUrlLabel('video'), part('video').url),
				thumb_url: thumbnail,
				caption: optionalText(context, 'Caption', part('video').caption),
			});
			break;
		}
		case 'template':
			checked.template = checkViberTemplate(context, body);
			break;
		case 'file':
			checked.file = compact({ url: requireUrl(context, mediaUrlLabel('file'), part('file').url), name: optionalText(context, 'File Name', part('file').name, VIBER_FILE_NAME_LIMIT) });
			break;
	}
	const action = actionButton(context, service.action);
	delete service.action;
	if (action && type !== 'text' && type !== 'image') {
		throw refuse(context, 'Action Button', action.text, `is not available for ${type} messages`, 'Viber shows action buttons on text and image messages only: remove the button.');
	}
	if (action) {
		if (type === 'image' && !(checked.image as IDataObject).caption) {
			throw refuse(context, 'Caption', '', 'is required when the image has an action button', 'Add a caption, or remove the action button.');
		}
		service.action = action;
	}
	const viberService = checkViberService(context, service, type);
	if (Object.keys(viberService).length) checked[VIBER] = viberService;
	else delete checked[VIBER];
	return checked;
}

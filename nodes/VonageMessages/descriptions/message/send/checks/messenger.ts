import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { checkMaxLength, refuse, requireId, requireOneOf, requireText, requireUrl } from '../../../../../shared/validation';
import { mediaUrlLabel } from '../channelRules';
import { MESSENGER_TYPES, type MessengerType } from '../channelRules';

const CATEGORIES = ['response', 'update', 'message_tag'] as const;

const TEXT_LIMIT = 640;
const AUDIO_URL_MIN = 10;
const AUDIO_URL_MAX = 2000;
const ID_LIMIT = 50;

/** Facebook Messenger on Messages API v1 (spec: OutboundMessenger*, channelOptionsMessenger). */

/** Checks and normalizes a Messenger v1 body before it is sent; refusals name the field. */
export function checkMessengerBody(context: IExecuteSingleFunctions, body: IDataObject): IDataObject {
	const type = requireOneOf(context, 'Message Type', body.message_type, MESSENGER_TYPES) as MessengerType;
	const checked: IDataObject = {
		...body,
		to: requireId(context, 'To', body.to, "Enter the user's Page-scoped ID (PSID) from an inbound Messenger message, e.g. 1234567890123456.", ID_LIMIT),
		from: requireId(context, 'From', body.from, 'Enter the ID of your Facebook Page that is linked to your Vonage application, e.g. 107200000000000.', ID_LIMIT),
	};
	if (type === 'text') {
		checked.text = requireText(context, 'Text', body.text, TEXT_LIMIT);
	} else {
		const label = mediaUrlLabel(type);
		const url = requireUrl(context, label, (body[type] as IDataObject | undefined)?.url);
		if (type === 'audio') {
			checkMaxLength(context, label, url, AUDIO_URL_MAX);
			if (url.length < AUDIO_URL_MIN) {
				throw refuse(context, label, url, `is shorter than the ${AUDIO_URL_MIN} characters Vonage accepts`, 'Enter the full public URL of the .mp3 file.');
			}
		}
		checked[type] = { url };
	}
	const messenger = (body.messenger ?? {}) as IDataObject;
	const category = requireOneOf(context, 'Messaging Category', messenger.category ?? 'response', CATEGORIES);
	checked.messenger =
		category === 'message_tag' ? { category, tag: requireText(context, 'Message Tag', messenger.tag).trim() } : { category };
	return checked;
}

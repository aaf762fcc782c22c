import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { assignOrDelete } from '../../../../../shared/objects';
import { normalizePhoneNumber, normalizeSender, optionalOneOf, optionalText, requireText } from '../../../../../shared/validation';
import { cleanOptionalSettings } from './common';

/** Vonage's limit for the text of one SMS send, however many parts it is split into. */
export const SMS_TEXT_MAX_LENGTH = 3200;

/** Checks and normalizes an SMS v1 body before it is sent; refusals name the field. */
export function checkSmsBody(context: IExecuteSingleFunctions, body: IDataObject): IDataObject {
	const checked: IDataObject = {
		...body,
		to: normalizePhoneNumber(context, 'To', body.to),
		from: normalizeSender(context, body.from, true),
		text: requireText(context, 'Text', body.text, SMS_TEXT_MAX_LENGTH),
	};
	cleanOptionalSettings(checked, 'sms', (sms) => {
		assignOrDelete(sms, 'content_id', optionalText(context, 'Content ID', sms.content_id));
		assignOrDelete(sms, 'entity_id', optionalText(context, 'Entity ID', sms.entity_id));
		assignOrDelete(sms, 'pool_id', optionalText(context, 'Number Pool ID', sms.pool_id));
		optionalOneOf(context, 'Encoding Type', sms.encoding_type, ['auto', 'text', 'unicode']);
	});
	return checked;
}

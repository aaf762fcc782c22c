import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { checkEmailBody } from './email';
import { checkMessengerBody } from './messenger';
import { checkMmsBody } from './mms';
import { checkRcsBody } from './rcs';
import { checkSmsBody } from './sms';
import { checkViberBody } from './viber';
import { checkWhatsAppBody } from './whatsapp';

/**
 * Checks and normalizes one channel's v1 body before it is sent; throws an InputError that names the
 * field. Runs after the engine assembled the body from the form (or on a failover message as typed).
 */
export type ChannelBodyCheck = (context: IExecuteSingleFunctions, body: IDataObject) => IDataObject;

/** The body check of each channel Send supports, by the channel's `channel` value. */
export const CHANNEL_BODY_CHECKS: Record<string, ChannelBodyCheck> = {
	email: checkEmailBody,
	messenger: checkMessengerBody,
	mms: checkMmsBody,
	rcs: checkRcsBody,
	sms: checkSmsBody,
	viber_service: checkViberBody,
	whatsapp: checkWhatsAppBody,
};

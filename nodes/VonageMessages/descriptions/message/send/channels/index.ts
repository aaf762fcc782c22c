import { emailChannel } from './email';
import { messengerChannel } from './messenger';
import { mmsChannel } from './mms';
import { rcsChannel } from './rcs';
import { smsChannel } from './sms';
import type { SendChannel } from './types';
import { viberChannel } from './viber';
import { whatsappChannel } from './whatsapp';

/** Every channel Send supports, in the order the Channel dropdown shows them (alphabetical, as n8n's linter asks). */
export const sendChannels: SendChannel[] = [emailChannel, messengerChannel, mmsChannel, rcsChannel, smsChannel, viberChannel, whatsappChannel];

/**
 * The message that asks for the answer, per channel, as a Messages API v1 body
 * (test/fixtures/specs/vonage-messages-openapi.yml): the user's text plus one link per choice. Each channel
 * shows the links its own way: RCS as Open URL suggestion chips on the message, Viber as its action button,
 * the others as labelled links in the text (apps turn them into tappable links).
 */
import type { IDataObject } from 'n8n-workflow';

import { CHANNEL_NAMES, SUGGESTION_TEXT_LIMIT, VIBER, VIBER_ACTION_TEXT_LIMIT, VIBER_TEXT_LIMIT, WHATSAPP_TEXT_MAX_LENGTH } from '../send/channelRules';
import { SMS_TEXT_MAX_LENGTH } from '../send/checks/sms';

/** One link of the message: what the recipient taps and what it records. */
export interface Choice {
	label: string;
	url: string;
	/** What the link stands for; RCS sends it back as the chip's postback data. */
	kind: 'approve' | 'decline' | 'respond';
}

/** The channels Send and Wait offers: every channel whose messages can carry a link. */
export const SEND_AND_WAIT_CHANNELS = ['messenger', 'mms', 'rcs', 'sms', 'viber_service', 'whatsapp'] as const;
export type SendAndWaitChannel = (typeof SEND_AND_WAIT_CHANNELS)[number];

/**
 * The longest text each channel's text message takes (spec: OutboundSMSText maxLength; the WhatsApp, RCS,
 * Messenger and Viber text descriptions). MMS text has no stated limit.
 */
export const TEXT_LIMITS: Record<SendAndWaitChannel, number | undefined> = {
	sms: SMS_TEXT_MAX_LENGTH,
	mms: undefined,
	whatsapp: WHATSAPP_TEXT_MAX_LENGTH,
	rcs: 3072,
	messenger: 640,
	viber_service: VIBER_TEXT_LIMIT,
};

/** The longest choice label a channel shows where the choice is a button: an RCS chip, the Viber action button. */
export const BUTTON_LABEL_LIMITS: Partial<Record<SendAndWaitChannel, number>> = {
	rcs: SUGGESTION_TEXT_LIMIT,
	viber_service: VIBER_ACTION_TEXT_LIMIT,
};

export function channelName(channel: SendAndWaitChannel): string {
	return CHANNEL_NAMES[channel] ?? channel;
}

/** Length as people count characters (an emoji is one), as Vonage's limits are stated. */
export function characterCount(text: string): number {
	return [...text].length;
}

/** The choices as lines of text: WhatsApp shows the label in bold; the URL stays alone on its line so it is tappable. */
function linkLines(channel: SendAndWaitChannel, choices: Choice[]): string {
	return choices.map((choice) => (channel === 'whatsapp' ? `*${choice.label}*\n${choice.url}` : `${choice.label}:\n${choice.url}`)).join('\n\n');
}

function withLinks(channel: SendAndWaitChannel, message: string, choices: Choice[]): string {
	const links = linkLines(channel, choices);
	if (!links) return message;
	return message ? `${message}\n\n${links}` : links;
}

/**
 * Which choices are buttons and which are links in the text. RCS: every choice is a chip. Viber has one
 * action button: it carries the first choice (Approve, or Respond), and a second choice (Decline) is a link
 * in the text. The other channels have only text.
 */
export function layoutChoices(channel: SendAndWaitChannel, choices: Choice[]): { buttons: Choice[]; links: Choice[] } {
	if (channel === 'rcs') return { buttons: choices, links: [] };
	if (channel === 'viber_service') return { buttons: choices.slice(0, 1), links: choices.slice(1) };
	return { buttons: [], links: choices };
}

/** The text the message carries: the user's message and the choices that are links. */
export function messageText(channel: SendAndWaitChannel, message: string, choices: Choice[]): string {
	return withLinks(channel, message.trim(), layoutChoices(channel, choices).links);
}

export interface WaitingMessage {
	channel: SendAndWaitChannel;
	from: string;
	to: string;
	message: string;
	choices: Choice[];
}

/** The v1 body of the message (before the channel's own checks normalize numbers and add defaults). */
export function buildMessageBody({ channel, from, to, message, choices }: WaitingMessage): IDataObject {
	const { buttons } = layoutChoices(channel, choices);
	const body: IDataObject = { channel, message_type: 'text', from, to, text: messageText(channel, message, choices) };
	if (channel === 'rcs') {
		body.suggestions = buttons.map((choice) => ({
			type: 'open_url',
			text: choice.label,
			postback_data: choice.kind,
			url: choice.url,
			// Shown by devices that describe the link to the user (accessibility); the spec requires it.
			description: choice.label,
		}));
	}
	if (channel === 'viber_service') {
		// A reply to a question the business asked is transactional, not promotion.
		body[VIBER] = { category: 'transaction', ...(buttons.length ? { action: { url: buttons[0].url, text: buttons[0].label } } : {}) };
	}
	return body;
}

import type { INodePropertyOptions } from 'n8n-workflow';

import { lookupSubtitle } from '../../shared/nodeDescription';
import { sendChannels } from './message/send/channels';
import { channelName, SEND_AND_WAIT_CHANNELS } from './message/sendAndWait/message';

/**
 * The subtitle of Vonage Messages under its name on the canvas, in the words of the form: "Send WhatsApp Template",
 * "Send RCS Rich Card", "Send SMS" (a channel with one message type), "Mark WhatsApp Message as Read",
 * "Revoke RCS Message". Built from the Channel and Message Type options, so it follows every rename.
 */
function messagesSubtitle(): string {
	const labels: Record<string, string> = {};
	const defaultTypes: Record<string, string> = {};
	for (const channel of sendChannels) {
		const typeField = channel.fields.find((field) => field.name === 'messageType');
		const types = (typeField?.options ?? []) as INodePropertyOptions[];
		defaultTypes[channel.value] = String(typeField?.default ?? '');
		for (const type of types) {
			labels[`send/${channel.value}/${String(type.value)}`] =
				types.length === 1 ? `Send ${channel.option.name}` : `Send ${channel.option.name} ${type.name}`;
		}
	}
	for (const [channel, channelName] of [
		['rcs', 'RCS'],
		['whatsapp', 'WhatsApp'],
	]) {
		labels[`update/${channel}/read`] = `Mark ${channelName} Message as Read`;
	}
	labels['update/rcs/revoked'] = 'Revoke RCS Message';
	// Send and Wait has no Message Type, so its key ends with the channel's default type (see `detail`).
	for (const channel of SEND_AND_WAIT_CHANNELS) {
		labels[`sendAndWait/${channel}/${defaultTypes[channel]}`] = `Send ${channelName(channel)} and Wait for Response`;
	}

	// Send and Update both default their channel to WhatsApp; Update's "status" defaults to read.
	const operation = '($parameter["operation"] || "send")';
	const channel = '($parameter["channel"] || "whatsapp")';
	const detail = `(${operation} === "update" ? ($parameter["status"] || "read") : ($parameter["messageType"] || (${JSON.stringify(defaultTypes)})[${channel}]))`;
	return lookupSubtitle(labels, [operation, channel, detail], `(${operation} === "update" ? "Update Message" : "Send Message")`);
}

export const MESSAGES_SUBTITLE = messagesSubtitle();

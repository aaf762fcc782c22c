import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { VonageMessages } from '../../../nodes/VonageMessages/VonageMessages.node';

const MEDIA = {
	image: 'https://example.com/media/photo.jpg',
	audio: 'https://example.com/media/voice.mp3',
	video: 'https://example.com/media/clip.mp4',
	file: 'https://example.com/media/menu.pdf',
	vcard: 'https://example.com/media/contact.vcf',
	sticker: 'https://example.com/media/sticker.webp',
};

const TEXT = 'Hello from the n8n e2e suite';
const MESSAGE_UUID = 'aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab';

/** Sender and recipient that each channel accepts. */
export const CHANNEL_PARTIES: Record<string, { from: string; to: string }> = {
	email: { from: 'orders@acme.example.com', to: 'ada@example.com' },
	messenger: { from: '107083064136738', to: '3149811311778475' },
	mms: { from: '14155550100', to: '14155550101' },
	rcs: { from: 'AcmeAgent', to: '447700900000' },
	sms: { from: 'Acme', to: '447700900000' },
	viber_service: { from: '16273', to: '447700900000' },
	whatsapp: { from: '447700900001', to: '447700900000' },
};

/**
 * Parameters of one Send per channel and message type, as a user would fill them in the editor.
 * `expectCoverage` (below) fails when the node gains a channel or message type missing here.
 */
export const SEND_PARAMETERS: Record<string, Record<string, Record<string, unknown>>> = {
	email: {
		text: { emailSubject: 'Your order has shipped', text: TEXT },
		html: { emailSubject: 'Your order has shipped', emailHtml: '<p>Hello from the <b>n8n e2e suite</b></p>', emailOptions: { fromName: 'Acme Orders', toName: 'Ada' } },
		content: {
			emailSubject: 'Your order has shipped',
			emailContentText: TEXT,
			emailContentHtml: '<p>Hello from the n8n e2e suite</p>',
			emailOptions: { cc: { recipient: [{ address: 'team@example.com', name: 'Support Team' }] } },
		},
	},
	messenger: {
		text: { text: TEXT },
		image: { imageUrl: MEDIA.image },
		audio: { audioUrl: MEDIA.audio },
		video: { videoUrl: MEDIA.video },
		file: { fileUrl: MEDIA.file },
	},
	mms: {
		text: { text: TEXT },
		image: { imageUrl: MEDIA.image, imageCaption: 'Our new store' },
		audio: { audioUrl: MEDIA.audio },
		video: { videoUrl: MEDIA.video },
		file: { fileUrl: MEDIA.file },
		vcard: { vCardUrl: MEDIA.vcard },
		content: {
			contentInput: 'json',
			contentJson: JSON.stringify([
				{ type: 'image', url: MEDIA.image, caption: 'Front' },
				{ type: 'image', url: 'https://example.com/media/back.jpg' },
			]),
		},
	},
	rcs: {
		text: { text: TEXT },
		image: { imageUrl: MEDIA.image },
		video: { videoUrl: MEDIA.video },
		file: { fileUrl: MEDIA.file },
		card: { rcsInputMode: 'fields', cardTitle: 'Spring sale', cardText: '20% off everything', cardMediaUrl: MEDIA.image },
		carousel: {
			rcsInputMode: 'json',
			rcsCarouselJson: JSON.stringify([
				{ title: 'Shirts', text: 'New colours', media_url: MEDIA.image, media_height: 'MEDIUM' },
				{ title: 'Shoes', text: 'Half price', media_url: 'https://example.com/media/shoes.jpg', media_height: 'MEDIUM' },
			]),
		},
		custom: { rcsCustomJson: JSON.stringify({ contentMessage: { text: TEXT } }) },
	},
	sms: {
		text: { text: TEXT },
	},
	viber_service: {
		text: { text: TEXT },
		image: { imageUrl: MEDIA.image },
		video: { videoUrl: MEDIA.video, videoThumbnailUrl: MEDIA.image, videoDuration: 30, videoFileSize: 4 },
		file: { fileUrl: MEDIA.file, fileName: 'menu.pdf' },
		// Viber templates exist in the legacy v0.1 format only: this case goes to /v0.1/messages.
		template: {
			templateName: 'order_update',
			templateParametersInput: 'json',
			templateParametersJson: '["Ada", "A-1042"]',
			options: { apiFormat: 'v0.1' },
		},
	},
	whatsapp: {
		text: { text: TEXT },
		image: { imageUrl: MEDIA.image, imageCaption: 'Your order' },
		audio: { audioUrl: MEDIA.audio },
		video: { videoUrl: MEDIA.video },
		file: { fileUrl: MEDIA.file, fileName: 'menu.pdf' },
		sticker: { stickerSource: 'url', stickerUrl: MEDIA.sticker },
		reaction: { reactToMessageUuid: MESSAGE_UUID, reactionAction: 'react', reactionEmoji: '👍' },
		template: {
			templateName: 'order_update',
			templateLocale: 'en_GB',
			templateParametersInput: 'json',
			templateParametersJson: '["Ada", "A-1042"]',
		},
		custom: {
			customPayload: JSON.stringify({ type: 'location', location: { latitude: 51.5072, longitude: -0.1276, name: 'London' } }),
		},
	},
};

export interface SendCase {
	channel: string;
	messageType: string;
	/** Unique per case: sent as client_ref, so each request the fake records can be traced to its node. */
	clientRef: string;
	nodeName: string;
	parameters: Record<string, unknown>;
	/** Whether the case sends in the legacy v0.1 format (Options > API Format), to /v0.1/messages. */
	legacy: boolean;
}

export function sendCases(): SendCase[] {
	return Object.entries(SEND_PARAMETERS).flatMap(([channel, types]) =>
		Object.entries(types).map(([messageType, fields]) => {
			const clientRef = `e2e-${channel}-${messageType}`;
			return {
				channel,
				messageType,
				clientRef,
				nodeName: `Send ${channel} ${messageType}`,
				legacy: (fields.options as { apiFormat?: string } | undefined)?.apiFormat === 'v0.1',
				parameters: {
					authentication: 'jwt',
					resource: 'message',
					operation: 'send',
					channel,
					...CHANNEL_PARTIES[channel],
					messageType,
					...fields,
					// A reaction cannot carry a client reference on every channel; the node decides, the suite only traces.
					additionalFields: { clientRef },
				},
			};
		}),
	);
}

/** Every channel and message type the built Send offers, read from the node's own description. */
export function offeredSendTypes(): Array<{ channel: string; messageType: string }> {
	const properties = new VonageMessages().description.properties as INodeProperties[];
	const sendShows = (property: INodeProperties) => property.displayOptions?.show?.operation?.includes('send') ?? false;
	const channelProperty = properties.find((property) => property.name === 'channel' && sendShows(property));
	const channels = ((channelProperty?.options ?? []) as INodePropertyOptions[]).map((option) => String(option.value));
	return channels.flatMap((channel) =>
		properties
			.filter((property) => property.name === 'messageType' && sendShows(property) && property.displayOptions?.show?.channel?.includes(channel))
			.flatMap((property) => ((property.options ?? []) as INodePropertyOptions[]).map((option) => ({ channel, messageType: String(option.value) }))),
	);
}

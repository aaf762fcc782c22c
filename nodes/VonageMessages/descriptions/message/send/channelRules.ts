/**
 * What the Messages API v1 spec allows per channel (test/fixtures/specs/vonage-messages-openapi.yml),
 * where both the form (channels/) and the body checks (checks/) need it: channel names,
 * enum values, limits. Neither side imports the other; both read these.
 */

/** The channels as the Channel dropdown names them; checks use the same names in their refusals. */
export const CHANNEL_NAMES: Record<string, string> = {
	email: 'Email',
	messenger: 'Messenger',
	mms: 'MMS',
	rcs: 'RCS',
	sms: 'SMS',
	viber_service: 'Viber',
	whatsapp: 'WhatsApp',
};

/** Vonage's limit for `client_ref` on every channel. */
export const CLIENT_REF_MAX_LENGTH = 100;

/** Channels with a top-level `ttl` (and `trusted_recipient`), with the TTL range in seconds the v1 spec allows. */
export const TTL_RANGES: Record<string, { min: number; max: number }> = {
	sms: { min: 20, max: 604800 },
	mms: { min: 300, max: 259200 },
	rcs: { min: 20, max: 259200 },
};

/** Media kinds whose v1 body is `{ <kind>: { url, caption?, name? } }`. */
export type MediaKind = 'audio' | 'file' | 'image' | 'vcard' | 'video';

export const MEDIA_LABEL: Record<MediaKind, string> = {
	audio: 'Audio',
	file: 'File',
	image: 'Image',
	vcard: 'vCard',
	video: 'Video',
};

/** The display name of a media kind's URL field, e.g. "Image URL"; errors about the URL name it so. */
export function mediaUrlLabel(kind: MediaKind): string {
	return `${MEDIA_LABEL[kind]} URL`;
}

/** Vonage's limit for every caption of an MMS attachment. */
export const MMS_CAPTION_MAX_LENGTH = 3000;

export const WHATSAPP_TEXT_MAX_LENGTH = 4096;
export const WHATSAPP_IMAGE_CAPTION_MAX_LENGTH = 3000;
export const WHATSAPP_AUDIO_URL_MAX_LENGTH = 2000;

/** Email, a beta channel at Vonage (spec: OutboundEmail*, channelOptionsEmail). */
export const EMAIL = 'email';
export const EMAIL_TYPES = ['text', 'html', 'content'] as const;
/** The spec's limit for the display names in `email` (to_name, from_name, and the names of CC and BCC recipients). */
export const EMAIL_DISPLAY_NAME_MAX_LENGTH = 100;
export const EMAIL_IMPORTANCES = ['High', 'Normal', 'Low'] as const;
export const EMAIL_PRIORITIES = ['Non-urgent', 'Normal', 'Urgent'] as const;
export const EMAIL_SENSITIVITIES = ['Personal', 'Private', 'Company-Confidential'] as const;

export const VIBER = 'viber_service';
/** Viber's template message exists in the legacy v0.1 format only (spec 0.4.0); v1 sends the other types. */
export const VIBER_LEGACY_TEMPLATE = 'template';
export const VIBER_TYPES = ['text', 'image', 'video', 'file', VIBER_LEGACY_TEMPLATE] as const;
export const VIBER_CATEGORIES = ['transaction', 'promotion'] as const;

export const VIBER_TEXT_LIMIT = 1000;
export const VIBER_ACTION_TEXT_LIMIT = 30;
export const VIBER_THUMBNAIL_URL_LIMIT = 1000;
export const VIBER_FILE_NAME_LIMIT = 25;
export const VIBER_TTL_MIN = 30;
export const VIBER_TTL_MAX = 259200;
export const VIBER_DURATION_MAX_SECONDS = 600;
export const VIBER_FILE_SIZE_MAX_MB = 200;

export const RCS_TYPES = ['text', 'image', 'video', 'file', 'card', 'carousel', 'custom'] as const;
export const RCS_CATEGORIES = ['authentication', 'transaction', 'promotion', 'service-request', 'acknowledgement'] as const;
export const RCS_MEDIA_HEIGHTS = ['SHORT', 'MEDIUM', 'TALL'] as const;
export const RCS_ORIENTATIONS = ['VERTICAL', 'HORIZONTAL'] as const;
export const RCS_ALIGNMENTS = ['LEFT', 'RIGHT'] as const;
export const RCS_CARD_WIDTHS = ['SMALL', 'MEDIUM'] as const;

/** Spec limits: 25 characters on a chip, 11 suggestions on a message, 4 on a card. */
export const SUGGESTION_TEXT_LIMIT = 25;
export const MESSAGE_SUGGESTION_LIMIT = 11;
export const CARD_SUGGESTION_LIMIT = 4;
export const SUGGESTION_DESCRIPTION_LIMIT = 500;
export const SUGGESTION_CALENDAR_TITLE_LIMIT = 100;
export const SUGGESTION_VIEW_MODES = ['FULL', 'TALL', 'HALF'] as const;

export const MESSENGER_TYPES = ['text', 'image', 'audio', 'video', 'file'] as const;
export type MessengerType = (typeof MESSENGER_TYPES)[number];

export const SUGGESTION_TYPES = ['reply', 'dial', 'view_location', 'share_location', 'open_url', 'open_url_in_webview', 'create_calendar_event'] as const;
export type SuggestionType = (typeof SUGGESTION_TYPES)[number];

export const WHATSAPP_MESSAGE_TYPES = ['audio', 'custom', 'file', 'image', 'reaction', 'sticker', 'template', 'text', 'video'];

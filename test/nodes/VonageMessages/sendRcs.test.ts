import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runMessages } from '../../helpers/sendTestKit';
import { theOnlyRequest, useFakeVonage } from '../../helpers/useFakeVonage';

const RECIPIENT = '447700900000';
const AGENT = 'VonageAgent';

const fake = useFakeVonage();

function sendRcs(parameters: INodeParameters) {
	return runMessages(fake, { operation: 'send', channel: 'rcs', from: AGENT, to: `+${RECIPIENT}`, ...parameters });
}

/** Sends and returns the one body Vonage received, after checking it against the spec. */
async function sentBody(parameters: INodeParameters): Promise<IDataObject> {
	const { items } = await sendRcs(parameters);
	expect(theOnlyRequest(fake)).toMatchObject({ method: 'POST', path: '/v1/messages', operationId: 'SendMessage', authScheme: 'bearer' });
	expect(items).toHaveLength(1);
	expect(items[0].json).toMatchObject({ channel: 'rcs', message_uuid: expect.any(String) });
	return fake.requests[0].body as IDataObject;
}

/** Runs and expects the promised error, with nothing sent. */
async function refused(parameters: INodeParameters, message: string | RegExp): Promise<void> {
	await expect(sendRcs(parameters)).rejects.toThrow(message);
	expect(fake.requests).toHaveLength(0);
}

const base = { channel: 'rcs', to: RECIPIENT, from: AGENT };

const reply = { type: 'reply', text: 'Yes', postbackData: 'answer_yes' };

/** One suggestion of every kind, as the form holds them, and as Vonage must receive them. */
const everySuggestionFromForm = [
	reply,
	{ type: 'dial', text: 'Call us', postbackData: 'call', phoneNumber: '+44 7700 900001', fallbackUrl: 'https://example.com/contact' },
	{ type: 'view_location', text: 'Find us', postbackData: 'map', latitude: '51.5072', longitude: '-0.1276', pinLabel: 'London store' },
	{ type: 'share_location', text: 'Share location', postbackData: '' },
	{ type: 'open_url', text: 'Offers', postbackData: 'offers', url: 'https://example.com/offers', description: 'Opens our offers' },
	{ type: 'open_url_in_webview', text: 'Book', postbackData: 'book', url: 'https://example.com/book', description: 'Booking page', viewMode: 'HALF' },
	{
		type: 'create_calendar_event',
		text: 'Add to calendar',
		postbackData: 'calendar',
		title: 'Store opening',
		startTime: '2026-12-01T10:00:00Z',
		endTime: '2026-12-01T11:30:00+01:00',
		description: 'Opening of our new store',
		fallbackUrl: 'https://example.com/opening',
	},
];

const everySuggestionSent = [
	{ type: 'reply', text: 'Yes', postback_data: 'answer_yes' },
	{ type: 'dial', text: 'Call us', postback_data: 'call', phone_number: '447700900001', fallback_url: 'https://example.com/contact' },
	{ type: 'view_location', text: 'Find us', postback_data: 'map', latitude: '51.5072', longitude: '-0.1276', pin_label: 'London store' },
	{ type: 'share_location', text: 'Share location', postback_data: 'Share location' },
	{ type: 'open_url', text: 'Offers', postback_data: 'offers', url: 'https://example.com/offers', description: 'Opens our offers' },
	{ type: 'open_url_in_webview', text: 'Book', postback_data: 'book', url: 'https://example.com/book', description: 'Booking page', view_mode: 'HALF' },
	{
		type: 'create_calendar_event',
		text: 'Add to calendar',
		postback_data: 'calendar',
		title: 'Store opening',
		start_time: '2026-12-01T10:00:00Z',
		end_time: '2026-12-01T10:30:00Z',
		description: 'Opening of our new store',
		fallback_url: 'https://example.com/opening',
	},
];

const card = (title: string, extra: INodeParameters = {}): INodeParameters => ({
	title,
	text: `${title} text`,
	mediaUrl: `https://example.com/${title.toLowerCase().replace(/\s/g, '-')}.jpg`,
	mediaHeight: 'MEDIUM',
	...extra,
});

describe('Send RCS', () => {
	it('sends a text with one suggestion of every kind, in the order given', async () => {
		const body = await sentBody({
			messageType: 'text',
			text: 'How can we help?',
			rcsSuggestions: { suggestion: everySuggestionFromForm },
		});
		expect(body).toEqual({ ...base, message_type: 'text', text: 'How can we help?', suggestions: everySuggestionSent });
	});

	it('sends a plain text without suggestions, with a category', async () => {
		const body = await sentBody({ messageType: 'text', text: 'Hello', rcsOptions: { category: 'service-request' } });
		expect(body).toEqual({ ...base, message_type: 'text', text: 'Hello', rcs: { category: 'service-request' } });
	});

	it('takes suggestions as JSON', async () => {
		const body = await sentBody({
			messageType: 'text',
			text: 'Pick one',
			rcsInputMode: 'json',
			rcsSuggestionsJson: JSON.stringify(everySuggestionSent),
		});
		expect(body).toEqual({ ...base, message_type: 'text', text: 'Pick one', suggestions: everySuggestionSent });
	});

	it.each([
		['image', 'imageUrl', 'https://example.com/photo.png'],
		['video', 'videoUrl', 'https://example.com/clip.mp4'],
		['file', 'fileUrl', 'https://example.com/invoice.pdf'],
	])('sends a message of type %s', async (messageType, field, url) => {
		const body = await sentBody({ messageType, [field]: url });
		expect(body).toEqual({ ...base, message_type: messageType, [messageType]: { url } });
	});

	it('sends a vertical rich card with every card field and suggestions', async () => {
		const body = await sentBody({
			messageType: 'card',
			cardTitle: 'Your order has shipped',
			cardText: 'It arrives on Tuesday.',
			cardMediaUrl: 'https://example.com/parcel.jpg',
			cardOrientation: 'VERTICAL',
			cardMediaHeight: 'TALL',
			cardOptions: { mediaDescription: 'A parcel', thumbnailUrl: 'https://example.com/parcel-thumb.jpg', mediaForceRefresh: true },
			cardSuggestions: { suggestion: [reply, everySuggestionFromForm[1]] },
		});
		expect(body).toEqual({
			...base,
			message_type: 'card',
			card: {
				title: 'Your order has shipped',
				text: 'It arrives on Tuesday.',
				media_url: 'https://example.com/parcel.jpg',
				media_height: 'TALL',
				media_description: 'A parcel',
				thumbnail_url: 'https://example.com/parcel-thumb.jpg',
				media_force_refresh: true,
				suggestions: everySuggestionSent.slice(0, 2),
			},
			rcs: { card_orientation: 'VERTICAL' },
		});
	});

	it('sends a horizontal rich card with its image alignment and no media height', async () => {
		const body = await sentBody({
			messageType: 'card',
			cardTitle: 'Title',
			cardText: 'Text',
			cardMediaUrl: 'https://example.com/a.jpg',
			cardOrientation: 'HORIZONTAL',
			imageAlignment: 'RIGHT',
			rcsOptions: { category: 'promotion' },
		});
		expect(body).toEqual({
			...base,
			message_type: 'card',
			card: { title: 'Title', text: 'Text', media_url: 'https://example.com/a.jpg' },
			rcs: { card_orientation: 'HORIZONTAL', image_alignment: 'RIGHT', category: 'promotion' },
		});
	});

	it('takes the card as JSON', async () => {
		const jsonCard = { title: 'T', text: 'X', media_url: 'https://example.com/a.jpg', media_height: 'SHORT', suggestions: [everySuggestionSent[0]] };
		const body = await sentBody({ messageType: 'card', rcsInputMode: 'json', rcsCardJson: JSON.stringify(jsonCard) });
		expect(body).toEqual({ ...base, message_type: 'card', card: jsonCard, rcs: { card_orientation: 'VERTICAL' } });
	});

	it('sends a carousel with card suggestions, message suggestions and card width', async () => {
		const body = await sentBody({
			messageType: 'carousel',
			carouselCards: {
				card: [card('Trail Runner', { suggestions: { suggestion: [reply] } }), card('Road Runner', { mediaHeight: 'SHORT', mediaForceRefresh: true })],
			},
			rcsSuggestions: { suggestion: [everySuggestionFromForm[4]] },
			rcsOptions: { cardWidth: 'SMALL' },
		});
		expect(body).toEqual({
			...base,
			message_type: 'carousel',
			carousel: {
				cards: [
					{
						title: 'Trail Runner',
						text: 'Trail Runner text',
						media_url: 'https://example.com/trail-runner.jpg',
						media_height: 'MEDIUM',
						suggestions: [everySuggestionSent[0]],
					},
					{ title: 'Road Runner', text: 'Road Runner text', media_url: 'https://example.com/road-runner.jpg', media_height: 'SHORT', media_force_refresh: true },
				],
			},
			suggestions: [everySuggestionSent[4]],
			rcs: { card_width: 'SMALL' },
		});
	});

	it('takes carousel cards and suggestions as JSON', async () => {
		const cards = [1, 2, 3].map((n) => ({ title: `Card ${n}`, text: 'Text', media_url: `https://example.com/${n}.jpg`, media_height: 'MEDIUM' }));
		const body = await sentBody({
			messageType: 'carousel',
			rcsInputMode: 'json',
			rcsCarouselJson: JSON.stringify(cards),
			rcsSuggestionsJson: '[{"type": "share_location", "text": "Where are you?", "postback_data": "loc"}]',
		});
		expect(body).toEqual({
			...base,
			message_type: 'carousel',
			carousel: { cards },
			suggestions: [{ type: 'share_location', text: 'Where are you?', postback_data: 'loc' }],
		});
	});

	it('sends a custom payload', async () => {
		const custom = { contentMessage: { text: 'Hello', suggestions: [{ reply: { text: 'Hi', postbackData: 'hi' } }] } };
		const body = await sentBody({ messageType: 'custom', rcsCustomJson: JSON.stringify(custom) });
		expect(body).toEqual({ ...base, message_type: 'custom', custom });
	});

	it('reads a calendar time without a zone in the workflow time zone', async () => {
		const body = await sentBody({
			messageType: 'text',
			text: 'Save the date',
			rcsSuggestions: {
				suggestion: [{ ...everySuggestionFromForm[6], startTime: '2026-07-01T10:00:00', endTime: '2026-07-01T11:00:00' }],
			},
		});
		// runNode's workflow has no time zone setting, so n8n's default (America/New_York, UTC-4 in July) applies.
		expect((body.suggestions as IDataObject[])[0]).toMatchObject({ start_time: '2026-07-01T14:00:00Z', end_time: '2026-07-01T15:00:00Z' });
	});
});

describe('Send RCS refuses bad input before sending', () => {
	const longText = (length: number) => 'x'.repeat(length);
	const suggestionWith = (entry: INodeParameters): INodeParameters => ({ messageType: 'text', text: 'Hi', rcsSuggestions: { suggestion: [reply, entry] } });

	it.each<[string, INodeParameters, string | RegExp]>([
		['a phone number as recipient only', { to: 'VonageAgent', messageType: 'text', text: 'Hi' }, 'To "VonageAgent" is not a phone number in E.164 format (item 0)'],
		['an agent ID without spaces', { from: 'My Agent', messageType: 'text', text: 'Hi' }, 'From "My Agent" contains spaces (item 0)'],
		['text', { messageType: 'text', text: '' }, 'Text is required (item 0)'],
		['text up to 3072 characters', { messageType: 'text', text: longText(3073) }, 'Text is 3073 characters long; the limit is 3072 (item 0)'],
		['an image URL', { messageType: 'image', imageUrl: 'photo.jpg' }, 'Image URL "photo.jpg" is not a URL (item 0)'],
		['a video URL', { messageType: 'video', videoUrl: '' }, 'Video URL is required (item 0)'],
		['a file URL over http(s)', { messageType: 'file', fileUrl: 'ftp://example.com/a.pdf' }, 'File URL "ftp://example.com/a.pdf" is not an http(s) URL (item 0)'],
		['suggestion text up to 25 characters', suggestionWith({ ...reply, text: longText(26) }), 'Suggestion 2 (Reply): Text is 26 characters long; the limit is 25 (item 0)'],
		['suggestion text', suggestionWith({ ...reply, text: '' }), 'Suggestion 2 (Reply): Text is required (item 0)'],
		['a dial number', suggestionWith({ type: 'dial', text: 'Call', phoneNumber: 'call me' }), 'Suggestion 2 (Dial): Phone Number "call me" is not a phone number in E.164 format (item 0)'],
		['a dial fallback URL', suggestionWith({ type: 'dial', text: 'Call', phoneNumber: '447700900001', fallbackUrl: 'nope' }), 'Suggestion 2 (Dial): Fallback URL "nope" is not a URL'],
		['a latitude', suggestionWith({ type: 'view_location', text: 'Map', latitude: '95', longitude: '0', pinLabel: 'X' }), 'Suggestion 2 (View Location): Latitude "95" is not a coordinate'],
		['a pin label', suggestionWith({ type: 'view_location', text: 'Map', latitude: '1', longitude: '2' }), 'Suggestion 2 (View Location): Pin Label is required'],
		['an open URL', suggestionWith({ type: 'open_url', text: 'Go', description: 'd' }), 'Suggestion 2 (Open URL): URL is required'],
		['a URL description', suggestionWith({ type: 'open_url_in_webview', text: 'Go', url: 'https://example.com' }), 'Suggestion 2 (Open URL in Webview): Description is required'],
		[
			'a description up to 500 characters',
			suggestionWith({ type: 'open_url', text: 'Go', url: 'https://example.com', description: longText(501) }),
			'Suggestion 2 (Open URL): Description is 501 characters long; the limit is 500',
		],
		[
			'an event title up to 100 characters',
			suggestionWith({ type: 'create_calendar_event', text: 'Add', title: longText(101), startTime: '2026-01-01T10:00:00Z', endTime: '2026-01-01T11:00:00Z', description: 'd' }),
			'Suggestion 2 (Create Calendar Event): Event Title is 101 characters long; the limit is 100',
		],
		[
			'an event start time',
			suggestionWith({ type: 'create_calendar_event', text: 'Add', title: 'T', startTime: 'tomorrow', endTime: '2026-01-01T11:00:00Z', description: 'd' }),
			'Suggestion 2 (Create Calendar Event): Start Time "tomorrow" is not a date and time',
		],
		[
			'an event end after its start',
			suggestionWith({ type: 'create_calendar_event', text: 'Add', title: 'T', startTime: '2026-01-01T10:00:00Z', endTime: '2026-01-01T09:00:00Z', description: 'd' }),
			'Suggestion 2 (Create Calendar Event): End Time "2026-01-01T09:00:00Z" is not after the start time',
		],
		[
			'at most 11 suggestions',
			{ messageType: 'text', text: 'Hi', rcsSuggestions: { suggestion: Array.from({ length: 12 }, () => reply) } },
			'Suggestions has 12 suggestions; at most 11 are allowed (item 0)',
		],
		['suggestions JSON', { messageType: 'text', text: 'Hi', rcsInputMode: 'json', rcsSuggestionsJson: '[{"type": "reply"' }, 'Suggestions (JSON) "[{"type": "reply"" is not valid JSON'],
		['suggestions JSON as an array', { messageType: 'text', text: 'Hi', rcsInputMode: 'json', rcsSuggestionsJson: '{"type": "reply"}' }, 'is not a JSON array of objects'],
		['a known suggestion type', { messageType: 'text', text: 'Hi', rcsInputMode: 'json', rcsSuggestionsJson: '[{"type": "call", "text": "x"}]' }, 'Suggestion 1: Type "call" is not allowed'],
		['postback data in JSON', { messageType: 'text', text: 'Hi', rcsInputMode: 'json', rcsSuggestionsJson: '[{"type": "reply", "text": "x"}]' }, 'Suggestion 1 (Reply): Postback Data is required'],
		['a card title', { messageType: 'card', cardTitle: '', cardText: 'x', cardMediaUrl: 'https://example.com/a.jpg' }, 'Card: Title is required (item 0)'],
		['a card title up to 200 characters', { messageType: 'card', cardTitle: longText(201), cardText: 'x', cardMediaUrl: 'https://example.com/a.jpg' }, 'Card: Title is 201 characters long; the limit is 200'],
		['card text up to 2000 characters', { messageType: 'card', cardTitle: 'T', cardText: longText(2001), cardMediaUrl: 'https://example.com/a.jpg' }, 'Card: Text is 2001 characters long; the limit is 2000'],
		['a card media URL', { messageType: 'card', cardTitle: 'T', cardText: 'x', cardMediaUrl: 'example.com/a.jpg' }, 'Card: Media URL "example.com/a.jpg" is not a URL'],
		[
			'at most 4 suggestions on a card',
			{ messageType: 'card', cardTitle: 'T', cardText: 'x', cardMediaUrl: 'https://example.com/a.jpg', cardSuggestions: { suggestion: Array.from({ length: 5 }, () => reply) } },
			'Card, Suggestions has 5 suggestions; at most 4 are allowed (item 0)',
		],
		[
			'a media height on a vertical JSON card',
			{ messageType: 'card', rcsInputMode: 'json', rcsCardJson: '{"title": "T", "text": "x", "media_url": "https://example.com/a.jpg"}' },
			'Card: Media Height is required',
		],
		['a card JSON object', { messageType: 'card', rcsInputMode: 'json', rcsCardJson: '[]' }, 'Card (JSON) "[]" is not a JSON object'],
		['at least 2 carousel cards', { messageType: 'carousel', carouselCards: { card: [card('One')] } }, 'Cards has 1 card; 2 to 10 are allowed (item 0)'],
		[
			'at most 10 carousel cards',
			{ messageType: 'carousel', carouselCards: { card: Array.from({ length: 11 }, (_, n) => card(`Card ${n}`)) } },
			'Cards has 11 cards; 2 to 10 are allowed (item 0)',
		],
		[
			'valid carousel cards',
			{ messageType: 'carousel', carouselCards: { card: [card('One'), card('Two', { mediaUrl: '' })] } },
			'Card 2: Media URL is required (item 0)',
		],
		[
			'at most 4 suggestions on a carousel card',
			{ messageType: 'carousel', carouselCards: { card: [card('One'), card('Two', { suggestions: { suggestion: Array.from({ length: 5 }, () => reply) } })] } },
			'Card 2, Suggestions has 5 suggestions; at most 4 are allowed (item 0)',
		],
		[
			'suggestions of carousel cards',
			{ messageType: 'carousel', carouselCards: { card: [card('One', { suggestions: { suggestion: [{ type: 'dial', text: 'Call' }] } }), card('Two')] } },
			'Card 1, Suggestion 1 (Dial): Phone Number is required',
		],
		['a custom payload', { messageType: 'custom', rcsCustomJson: '{}' }, 'Custom Payload (JSON) "{}" is an empty object'],
		['a custom payload object', { messageType: 'custom', rcsCustomJson: '"text"' }, 'Custom Payload (JSON) ""text"" is not a JSON object'],
	])('requires %s', async (_name, parameters, message) => {
		await refused(parameters, message);
	});

	it('names the item that failed', async () => {
		await expect(
			runMessages(
				fake,
				{ operation: 'send', channel: 'rcs', from: AGENT, to: '={{ $json.to }}', messageType: 'text', text: 'Hi' },
				{ items: [{ to: RECIPIENT }, { to: 'not a number' }] },
			),
		).rejects.toThrow('To "not a number" is not a phone number in E.164 format (item 1)');
	});
});

describe('RCS, Messenger and Viber messages as failover JSON', () => {
	const rcsCard = { title: 'Offer', text: 'Today only', media_url: 'https://example.com/offer.jpg', media_height: 'TALL' };

	it('checks each failover message from its own JSON, never from the form of the first message', async () => {
		const failover = [
			{ channel: 'rcs', from: AGENT, message_type: 'text', text: 'Plain fallback' },
			{ channel: 'rcs', from: AGENT, message_type: 'card', card: { ...rcsCard, suggestions: [{ type: 'reply', text: 'Yes', postback_data: 'yes' }] } },
			{ channel: 'viber_service', from: '16273', message_type: 'text', text: 'Viber fallback', viber_service: { action: { text: 'Open', url: 'https://example.com' } } },
		];
		await sentBody({
			messageType: 'text',
			text: 'With suggestions',
			rcsSuggestions: { suggestion: [reply] },
			additionalFields: { failoverJson: JSON.stringify(failover) },
		});
		expect((fake.requests[0].body as IDataObject).failover).toEqual([
			{ channel: 'rcs', from: AGENT, to: RECIPIENT, message_type: 'text', text: 'Plain fallback' },
			{ ...failover[1], to: RECIPIENT },
			{ ...failover[2], to: RECIPIENT },
		]);
	});

	it.each<[string, IDataObject, string]>([
		['an RCS card without media URL', { channel: 'rcs', from: AGENT, message_type: 'card', card: { title: 'T', text: 'x' } }, 'Failover message 1: Card: Media URL is required (item 0)'],
		[
			'an RCS carousel with one card',
			{ channel: 'rcs', from: AGENT, message_type: 'carousel', carousel: { cards: [rcsCard] } },
			'Failover message 1: Cards has 1 card; 2 to 10 are allowed (item 0)',
		],
		[
			'a Viber button with a long text',
			{ channel: 'viber_service', from: '16273', message_type: 'text', text: 'Hi', viber_service: { action: { text: 'x'.repeat(31), url: 'https://example.com' } } },
			'Failover message 1: Action Button: Text is 31 characters long; the limit is 30 (item 0)',
		],
		['a Messenger text too long', { channel: 'messenger', from: '107200000000000', to: '1234567890', message_type: 'text', text: 'x'.repeat(641) }, 'Failover message 1: Text is 641 characters long; the limit is 640 (item 0)'],
	])('refuses %s', async (_name, message, error) => {
		await refused({ messageType: 'text', text: 'Hi', additionalFields: { failoverJson: JSON.stringify([message]) } }, error);
	});
});
